from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_journal_entry_sync_status import (
    AccountingV2JournalEntrySyncStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_journal_entry_sync_update_request_custom_fields_type_0 import (
        AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0,
    )


T = TypeVar("T", bound="AccountingV2JournalEntrySyncUpdateRequest")


@_attrs_define
class AccountingV2JournalEntrySyncUpdateRequest:
    """
    Attributes:
        sync_status (AccountingV2JournalEntrySyncStatus):
        custom_fields (AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0 | None | Unset):
        message (str | Unset):
        version_id (int | Unset):
    """

    sync_status: AccountingV2JournalEntrySyncStatus
    custom_fields: (
        AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0 | None | Unset
    ) = UNSET
    message: str | Unset = UNSET
    version_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "syncStatus",
        "customFields",
        "message",
        "versionId",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_journal_entry_sync_update_request_custom_fields_type_0 import (
            AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0,
        )

        sync_status = self.sync_status.value

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(
            self.custom_fields,
            AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0,
        ):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        message = self.message

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "syncStatus": sync_status,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if message is not UNSET:
            field_dict["message"] = message
        if version_id is not UNSET:
            field_dict["versionId"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sync_status = AccountingV2JournalEntrySyncStatus(d.pop("syncStatus"))

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, dict):
                raise TypeError()
            custom_fields_type_0 = _models.AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0.from_dict(
                custom_fields
            )

            custom_fields = custom_fields_type_0

        message = d.pop("message", UNSET)

        version_id = d.pop("versionId", UNSET)

        accounting_v2_journal_entry_sync_update_request = cls(
            sync_status,
            custom_fields,
            message,
            version_id,
        )

        accounting_v2_journal_entry_sync_update_request.additional_properties = dict(d)
        return accounting_v2_journal_entry_sync_update_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
