from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from .. import models as _models
from ..models.accounting_v2_journal_entry_posting_status import (
    AccountingV2JournalEntryPostingStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_journal_entry_create_request_custom_fields_type_0 import (
        AccountingV2JournalEntryCreateRequestCustomFieldsType0,
    )
    from ..models.accounting_v2_journal_entry_line_create_request import (
        AccountingV2JournalEntryLineCreateRequest,
    )


T = TypeVar("T", bound="AccountingV2JournalEntryCreateRequest")


@_attrs_define
class AccountingV2JournalEntryCreateRequest:
    """
    Attributes:
        status (AccountingV2JournalEntryPostingStatus):
        version_id (int):
        custom_fields (AccountingV2JournalEntryCreateRequestCustomFieldsType0 | None | Unset):
        lines (list[AccountingV2JournalEntryLineCreateRequest] | None | Unset):
        message (None | str | Unset):
        name (None | str | Unset):
        post_date (datetime.date | None | Unset):
    """

    status: AccountingV2JournalEntryPostingStatus
    version_id: int
    custom_fields: (
        AccountingV2JournalEntryCreateRequestCustomFieldsType0 | None | Unset
    ) = UNSET
    lines: list[AccountingV2JournalEntryLineCreateRequest] | None | Unset = UNSET
    message: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    post_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "status",
        "versionId",
        "customFields",
        "lines",
        "message",
        "name",
        "postDate",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_journal_entry_create_request_custom_fields_type_0 import (
            AccountingV2JournalEntryCreateRequestCustomFieldsType0,
        )

        status = self.status.value

        version_id = self.version_id

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(
            self.custom_fields, AccountingV2JournalEntryCreateRequestCustomFieldsType0
        ):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.lines, Unset):
            lines = UNSET
        elif isinstance(self.lines, list):
            lines = []
            for lines_type_0_item_data in self.lines:
                lines_type_0_item = lines_type_0_item_data.to_dict()
                lines.append(lines_type_0_item)

        else:
            lines = self.lines

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
        elif isinstance(self.post_date, datetime.date):
            post_date = self.post_date.isoformat()
        else:
            post_date = self.post_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "versionId": version_id,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if lines is not UNSET:
            field_dict["lines"] = lines
        if message is not UNSET:
            field_dict["message"] = message
        if name is not UNSET:
            field_dict["name"] = name
        if post_date is not UNSET:
            field_dict["postDate"] = post_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = AccountingV2JournalEntryPostingStatus(d.pop("status"))

        version_id = d.pop("versionId")

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not None and not isinstance(custom_fields, Unset):
            if not isinstance(custom_fields, dict):
                raise TypeError()
            custom_fields_type_0 = _models.AccountingV2JournalEntryCreateRequestCustomFieldsType0.from_dict(
                custom_fields
            )

            custom_fields = custom_fields_type_0

        lines = d.pop("lines", UNSET)
        if lines is not None and not isinstance(lines, Unset):
            if not isinstance(lines, list):
                raise TypeError()
            lines_type_0 = [
                _models.AccountingV2JournalEntryLineCreateRequest.from_dict(
                    lines_type_0_item_data
                )
                for lines_type_0_item_data in lines
            ]

            lines = lines_type_0

        message = d.pop("message", UNSET)

        name = d.pop("name", UNSET)

        post_date = d.pop("postDate", UNSET)
        if post_date is not None and not isinstance(post_date, Unset):
            if not isinstance(post_date, str):
                raise TypeError()
            post_date_type_0 = _date_of(post_date)

            post_date = post_date_type_0

        accounting_v2_journal_entry_create_request = cls(
            status,
            version_id,
            custom_fields,
            lines,
            message,
            name,
            post_date,
        )

        accounting_v2_journal_entry_create_request.additional_properties = dict(d)
        return accounting_v2_journal_entry_create_request

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
