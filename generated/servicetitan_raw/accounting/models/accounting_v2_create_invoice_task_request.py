from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_create_invoice_task_request_variables_type_0 import (
        AccountingV2CreateInvoiceTaskRequestVariablesType0,
    )


T = TypeVar("T", bound="AccountingV2CreateInvoiceTaskRequest")


@_attrs_define
class AccountingV2CreateInvoiceTaskRequest:
    """
    Attributes:
        template_id (str):
        variables (AccountingV2CreateInvoiceTaskRequestVariablesType0 | None | Unset):
    """

    template_id: str
    variables: AccountingV2CreateInvoiceTaskRequestVariablesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "templateId",
        "variables",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_create_invoice_task_request_variables_type_0 import (
            AccountingV2CreateInvoiceTaskRequestVariablesType0,
        )

        template_id = self.template_id

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(
            self.variables, AccountingV2CreateInvoiceTaskRequestVariablesType0
        ):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "templateId": template_id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        template_id = d.pop("templateId")

        variables = d.pop("variables", UNSET)
        if variables is not None and not isinstance(variables, Unset):
            if not isinstance(variables, dict):
                raise TypeError()
            variables_type_0 = (
                _models.AccountingV2CreateInvoiceTaskRequestVariablesType0.from_dict(
                    variables
                )
            )

            variables = variables_type_0

        accounting_v2_create_invoice_task_request = cls(
            template_id,
            variables,
        )

        accounting_v2_create_invoice_task_request.additional_properties = dict(d)
        return accounting_v2_create_invoice_task_request

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
