from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.estimates_v2_estimate_membership_billing_frequency import (
    EstimatesV2EstimateMembershipBillingFrequency,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimates_v2_sku_model import EstimatesV2SkuModel


T = TypeVar("T", bound="EstimatesV2EstimateItemUpdateResponse")


@_attrs_define
class EstimatesV2EstimateItemUpdateResponse:
    """
    Attributes:
        created_on (datetime.datetime):
        description (str):
        estimate_id (int):
        id (int):
        item_group_name (str):
        modified_on (datetime.datetime):
        qty (float):
        sku (EstimatesV2SkuModel):
        sku_account (str):
        total (float):
        total_cost (float):
        unit_cost (float):
        unit_rate (float):
        budget_code_id (int | None | Unset):
        chargeable (bool | None | Unset):
        invoice_item_id (int | None | Unset):
        item_group_root_id (int | None | Unset):
        membership_billing_frequency (EstimatesV2EstimateMembershipBillingFrequency | None | Unset):
        membership_duration (int | None | Unset):
        membership_type_id (int | None | Unset):
    """

    created_on: datetime.datetime
    description: str
    estimate_id: int
    id: int
    item_group_name: str
    modified_on: datetime.datetime
    qty: float
    sku: EstimatesV2SkuModel
    sku_account: str
    total: float
    total_cost: float
    unit_cost: float
    unit_rate: float
    budget_code_id: int | None | Unset = UNSET
    chargeable: bool | None | Unset = UNSET
    invoice_item_id: int | None | Unset = UNSET
    item_group_root_id: int | None | Unset = UNSET
    membership_billing_frequency: (
        EstimatesV2EstimateMembershipBillingFrequency | None | Unset
    ) = UNSET
    membership_duration: int | None | Unset = UNSET
    membership_type_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "createdOn",
        "description",
        "estimateId",
        "id",
        "itemGroupName",
        "modifiedOn",
        "qty",
        "sku",
        "skuAccount",
        "total",
        "totalCost",
        "unitCost",
        "unitRate",
        "budgetCodeId",
        "chargeable",
        "invoiceItemId",
        "itemGroupRootId",
        "membershipBillingFrequency",
        "membershipDuration",
        "membershipTypeId",
    )

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        description = self.description

        estimate_id = self.estimate_id

        id = self.id

        item_group_name = self.item_group_name

        modified_on = self.modified_on.isoformat()

        qty = self.qty

        sku = self.sku.to_dict()

        sku_account = self.sku_account

        total = self.total

        total_cost = self.total_cost

        unit_cost = self.unit_cost

        unit_rate = self.unit_rate

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        chargeable: bool | None | Unset
        if isinstance(self.chargeable, Unset):
            chargeable = UNSET
        else:
            chargeable = self.chargeable

        invoice_item_id: int | None | Unset
        if isinstance(self.invoice_item_id, Unset):
            invoice_item_id = UNSET
        else:
            invoice_item_id = self.invoice_item_id

        item_group_root_id: int | None | Unset
        if isinstance(self.item_group_root_id, Unset):
            item_group_root_id = UNSET
        else:
            item_group_root_id = self.item_group_root_id

        membership_billing_frequency: None | str | Unset
        if isinstance(self.membership_billing_frequency, Unset):
            membership_billing_frequency = UNSET
        elif isinstance(
            self.membership_billing_frequency,
            EstimatesV2EstimateMembershipBillingFrequency,
        ):
            membership_billing_frequency = self.membership_billing_frequency.value
        else:
            membership_billing_frequency = self.membership_billing_frequency

        membership_duration: int | None | Unset
        if isinstance(self.membership_duration, Unset):
            membership_duration = UNSET
        else:
            membership_duration = self.membership_duration

        membership_type_id: int | None | Unset
        if isinstance(self.membership_type_id, Unset):
            membership_type_id = UNSET
        else:
            membership_type_id = self.membership_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdOn": created_on,
                "description": description,
                "estimateId": estimate_id,
                "id": id,
                "itemGroupName": item_group_name,
                "modifiedOn": modified_on,
                "qty": qty,
                "sku": sku,
                "skuAccount": sku_account,
                "total": total,
                "totalCost": total_cost,
                "unitCost": unit_cost,
                "unitRate": unit_rate,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if invoice_item_id is not UNSET:
            field_dict["invoiceItemId"] = invoice_item_id
        if item_group_root_id is not UNSET:
            field_dict["itemGroupRootId"] = item_group_root_id
        if membership_billing_frequency is not UNSET:
            field_dict["membershipBillingFrequency"] = membership_billing_frequency
        if membership_duration is not UNSET:
            field_dict["membershipDuration"] = membership_duration
        if membership_type_id is not UNSET:
            field_dict["membershipTypeId"] = membership_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        description = d.pop("description")

        estimate_id = d.pop("estimateId")

        id = d.pop("id")

        item_group_name = d.pop("itemGroupName")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        qty = d.pop("qty")

        sku = _models.EstimatesV2SkuModel.from_dict(d.pop("sku"))

        sku_account = d.pop("skuAccount")

        total = d.pop("total")

        total_cost = d.pop("totalCost")

        unit_cost = d.pop("unitCost")

        unit_rate = d.pop("unitRate")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        chargeable = d.pop("chargeable", UNSET)

        invoice_item_id = d.pop("invoiceItemId", UNSET)

        item_group_root_id = d.pop("itemGroupRootId", UNSET)

        membership_billing_frequency = d.pop("membershipBillingFrequency", UNSET)
        if membership_billing_frequency is not None and not isinstance(
            membership_billing_frequency, Unset
        ):
            if not isinstance(membership_billing_frequency, str):
                raise TypeError()
            membership_billing_frequency_type_0 = (
                EstimatesV2EstimateMembershipBillingFrequency(
                    membership_billing_frequency
                )
            )

            membership_billing_frequency = membership_billing_frequency_type_0

        membership_duration = d.pop("membershipDuration", UNSET)

        membership_type_id = d.pop("membershipTypeId", UNSET)

        estimates_v2_estimate_item_update_response = cls(
            created_on,
            description,
            estimate_id,
            id,
            item_group_name,
            modified_on,
            qty,
            sku,
            sku_account,
            total,
            total_cost,
            unit_cost,
            unit_rate,
            budget_code_id,
            chargeable,
            invoice_item_id,
            item_group_root_id,
            membership_billing_frequency,
            membership_duration,
            membership_type_id,
        )

        estimates_v2_estimate_item_update_response.additional_properties = dict(d)
        return estimates_v2_estimate_item_update_response

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
