from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.accounting_v2_journal_entry_posting_status import (
    AccountingV2JournalEntryPostingStatus,
)
from ..models.accounting_v2_journal_entry_source import AccountingV2JournalEntrySource
from ..models.accounting_v2_journal_entry_sync_status import (
    AccountingV2JournalEntrySyncStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_custom_field_response import (
        AccountingV2CustomFieldResponse,
    )
    from ..models.accounting_v2_named_field_response import (
        AccountingV2NamedFieldResponse,
    )


T = TypeVar("T", bound="AccountingV2JournalEntryResponse")


@_attrs_define
class AccountingV2JournalEntryResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        is_empty (bool):
        modified_on (datetime.datetime):
        number (int):
        source (AccountingV2JournalEntrySource):
        status (AccountingV2JournalEntryPostingStatus):
        sync_status (AccountingV2JournalEntrySyncStatus):
        version_id (int):
        custom_fields (list[AccountingV2CustomFieldResponse] | None | Unset):
        exported_by (AccountingV2NamedFieldResponse | None | Unset):
        exported_on (datetime.datetime | None | Unset):
        id (None | str | Unset):
        last_sync_version_id (int | None | Unset):
        message (None | str | Unset):
        name (None | str | Unset):
        post_date (datetime.datetime | None | Unset):
        url (None | str | Unset):
    """

    created_on: datetime.datetime
    is_empty: bool
    modified_on: datetime.datetime
    number: int
    source: AccountingV2JournalEntrySource
    status: AccountingV2JournalEntryPostingStatus
    sync_status: AccountingV2JournalEntrySyncStatus
    version_id: int
    custom_fields: list[AccountingV2CustomFieldResponse] | None | Unset = UNSET
    exported_by: AccountingV2NamedFieldResponse | None | Unset = UNSET
    exported_on: datetime.datetime | None | Unset = UNSET
    id: None | str | Unset = UNSET
    last_sync_version_id: int | None | Unset = UNSET
    message: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    post_date: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "isEmpty",
        "modifiedOn",
        "number",
        "source",
        "status",
        "syncStatus",
        "versionId",
        "customFields",
        "exportedBy",
        "exportedOn",
        "id",
        "lastSyncVersionId",
        "message",
        "name",
        "postDate",
        "url",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_named_field_response import (
            AccountingV2NamedFieldResponse,
        )

        created_on = self.created_on.isoformat()

        is_empty = self.is_empty

        modified_on = self.modified_on.isoformat()

        number = self.number

        source = self.source.value

        status = self.status.value

        sync_status = self.sync_status.value

        version_id = self.version_id

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        exported_by: dict[str, Any] | None | Unset
        if isinstance(self.exported_by, Unset):
            exported_by = UNSET
        elif isinstance(self.exported_by, AccountingV2NamedFieldResponse):
            exported_by = self.exported_by.to_dict()
        else:
            exported_by = self.exported_by

        exported_on: None | str | Unset
        if isinstance(self.exported_on, Unset):
            exported_on = UNSET
        elif isinstance(self.exported_on, datetime.datetime):
            exported_on = self.exported_on.isoformat()
        else:
            exported_on = self.exported_on

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_sync_version_id: int | None | Unset
        if isinstance(self.last_sync_version_id, Unset):
            last_sync_version_id = UNSET
        else:
            last_sync_version_id = self.last_sync_version_id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        post_date: None | str | Unset
        if isinstance(self.post_date, Unset):
            post_date = UNSET
        elif isinstance(self.post_date, datetime.datetime):
            post_date = self.post_date.isoformat()
        else:
            post_date = self.post_date

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "isEmpty": is_empty,
                "modifiedOn": modified_on,
                "number": number,
                "source": source,
                "status": status,
                "syncStatus": sync_status,
                "versionId": version_id,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if exported_by is not UNSET:
            field_dict["exportedBy"] = exported_by
        if exported_on is not UNSET:
            field_dict["exportedOn"] = exported_on
        if id is not UNSET:
            field_dict["id"] = id
        if last_sync_version_id is not UNSET:
            field_dict["lastSyncVersionId"] = last_sync_version_id
        if message is not UNSET:
            field_dict["message"] = message
        if name is not UNSET:
            field_dict["name"] = name
        if post_date is not UNSET:
            field_dict["postDate"] = post_date
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        is_empty = d.pop("isEmpty")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        number = d.pop("number")

        source = AccountingV2JournalEntrySource(d.pop("source"))

        status = AccountingV2JournalEntryPostingStatus(d.pop("status"))

        sync_status = AccountingV2JournalEntrySyncStatus(d.pop("syncStatus"))

        version_id = d.pop("versionId")

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, list):
                raise TypeError()
            custom_fields_type_0 = [
                _models.AccountingV2CustomFieldResponse.from_dict(
                    custom_fields_type_0_item_data
                )
                for custom_fields_type_0_item_data in custom_fields
            ]

            custom_fields = custom_fields_type_0

        exported_by = d.pop("exportedBy", UNSET)
        if exported_by is not None and not isinstance(exported_by, Unset):
            if not isinstance(exported_by, dict):
                raise TypeError()
            exported_by_type_0 = _models.AccountingV2NamedFieldResponse.from_dict(
                exported_by
            )

            exported_by = exported_by_type_0

        exported_on = d.pop("exportedOn", UNSET)
        if exported_on is not None and not isinstance(exported_on, Unset):
            if not isinstance(exported_on, str):
                raise TypeError()
            exported_on_type_0 = datetime.datetime.fromisoformat(exported_on)

            exported_on = exported_on_type_0

        id = d.pop("id", UNSET)

        last_sync_version_id = d.pop("lastSyncVersionId", UNSET)

        message = d.pop("message", UNSET)

        name = d.pop("name", UNSET)

        post_date = d.pop("postDate", UNSET)
        if post_date is not None and not isinstance(post_date, Unset):
            if not isinstance(post_date, str):
                raise TypeError()
            post_date_type_0 = datetime.datetime.fromisoformat(post_date)

            post_date = post_date_type_0

        url = d.pop("url", UNSET)

        accounting_v2_journal_entry_response = cls(
            created_on,
            is_empty,
            modified_on,
            number,
            source,
            status,
            sync_status,
            version_id,
            custom_fields,
            exported_by,
            exported_on,
            id,
            last_sync_version_id,
            message,
            name,
            post_date,
            url,
        )

        accounting_v2_journal_entry_response.additional_properties = dict(d)
        return accounting_v2_journal_entry_response

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
