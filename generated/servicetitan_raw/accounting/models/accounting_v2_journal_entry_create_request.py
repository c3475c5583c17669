from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.accounting_v2_journal_entry_create_request_custom_fields_type_0 import (
            AccountingV2JournalEntryCreateRequestCustomFieldsType0,
        )
        from ..models.accounting_v2_journal_entry_line_create_request import (
            AccountingV2JournalEntryLineCreateRequest,
        )

        d = dict(src_dict)
        status = AccountingV2JournalEntryPostingStatus(d.pop("status"))

        version_id = d.pop("versionId")

        def _parse_custom_fields(
            data: object,
        ) -> AccountingV2JournalEntryCreateRequestCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = (
                    AccountingV2JournalEntryCreateRequestCustomFieldsType0.from_dict(
                        data
                    )
                )

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AccountingV2JournalEntryCreateRequestCustomFieldsType0 | None | Unset,
                data,
            )

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_lines(
            data: object,
        ) -> list[AccountingV2JournalEntryLineCreateRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_type_0 = []
                _lines_type_0 = data
                for lines_type_0_item_data in _lines_type_0:
                    lines_type_0_item = (
                        AccountingV2JournalEntryLineCreateRequest.from_dict(
                            lines_type_0_item_data
                        )
                    )

                    lines_type_0.append(lines_type_0_item)

                return lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AccountingV2JournalEntryLineCreateRequest] | None | Unset, data
            )

        lines = _parse_lines(d.pop("lines", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_post_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                post_date_type_0 = datetime.date.fromisoformat(data)

                return post_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        post_date = _parse_post_date(d.pop("postDate", UNSET))

        accounting_v2_journal_entry_create_request = cls(
            status=status,
            version_id=version_id,
            custom_fields=custom_fields,
            lines=lines,
            message=message,
            name=name,
            post_date=post_date,
        )

        accounting_v2_journal_entry_create_request.additional_properties = d
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
