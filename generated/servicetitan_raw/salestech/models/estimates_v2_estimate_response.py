from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.estimates_types_estimate_review_status import (
    EstimatesTypesEstimateReviewStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimates_v2_estimate_item_response import (
        EstimatesV2EstimateItemResponse,
    )
    from ..models.estimates_v2_estimate_status_model import (
        EstimatesV2EstimateStatusModel,
    )
    from ..models.estimates_v2_external_link_response import (
        EstimatesV2ExternalLinkResponse,
    )


T = TypeVar("T", bound="EstimatesV2EstimateResponse")


@_attrs_define
class EstimatesV2EstimateResponse:
    """
    Attributes:
        active (bool):
        created_on (datetime.datetime):
        id (int):
        is_change_order (bool):
        is_recommended (bool):
        modified_on (datetime.datetime):
        review_status (EstimatesTypesEstimateReviewStatus):
        subtotal (float):
        tax (float):
        budget_code_id (int | None | Unset):
        business_unit_id (int | None | Unset):
        business_unit_name (None | str | Unset):
        customer_id (int | None | Unset):
        deposit_amount (float | None | Unset):
        deposit_percent (float | None | Unset):
        external_links (list[EstimatesV2ExternalLinkResponse] | None | Unset):
        items (list[EstimatesV2EstimateItemResponse] | None | Unset):
        job_id (int | None | Unset):
        job_number (None | str | Unset):
        location_id (int | None | Unset):
        name (None | str | Unset):
        project_id (int | None | Unset):
        proposal_tag_name (None | str | Unset):
        require_deposit_on_signature (bool | None | Unset):
        sold_by (int | None | Unset):
        sold_on (datetime.datetime | None | Unset):
        status (EstimatesV2EstimateStatusModel | None | Unset):
        summary (None | str | Unset):
    """

    active: bool
    created_on: datetime.datetime
    id: int
    is_change_order: bool
    is_recommended: bool
    modified_on: datetime.datetime
    review_status: EstimatesTypesEstimateReviewStatus
    subtotal: float
    tax: float
    budget_code_id: int | None | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    business_unit_name: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    deposit_amount: float | None | Unset = UNSET
    deposit_percent: float | None | Unset = UNSET
    external_links: list[EstimatesV2ExternalLinkResponse] | None | Unset = UNSET
    items: list[EstimatesV2EstimateItemResponse] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_number: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    proposal_tag_name: None | str | Unset = UNSET
    require_deposit_on_signature: bool | None | Unset = UNSET
    sold_by: int | None | Unset = UNSET
    sold_on: datetime.datetime | None | Unset = UNSET
    status: EstimatesV2EstimateStatusModel | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "createdOn",
        "id",
        "isChangeOrder",
        "isRecommended",
        "modifiedOn",
        "reviewStatus",
        "subtotal",
        "tax",
        "budgetCodeId",
        "businessUnitId",
        "businessUnitName",
        "customerId",
        "depositAmount",
        "depositPercent",
        "externalLinks",
        "items",
        "jobId",
        "jobNumber",
        "locationId",
        "name",
        "projectId",
        "proposalTagName",
        "requireDepositOnSignature",
        "soldBy",
        "soldOn",
        "status",
        "summary",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.estimates_v2_estimate_status_model import (
            EstimatesV2EstimateStatusModel,
        )

        active = self.active

        created_on = self.created_on.isoformat()

        id = self.id

        is_change_order = self.is_change_order

        is_recommended = self.is_recommended

        modified_on = self.modified_on.isoformat()

        review_status = self.review_status.value

        subtotal = self.subtotal

        tax = self.tax

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        business_unit_name: None | str | Unset
        if isinstance(self.business_unit_name, Unset):
            business_unit_name = UNSET
        else:
            business_unit_name = self.business_unit_name

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        deposit_amount: float | None | Unset
        if isinstance(self.deposit_amount, Unset):
            deposit_amount = UNSET
        else:
            deposit_amount = self.deposit_amount

        deposit_percent: float | None | Unset
        if isinstance(self.deposit_percent, Unset):
            deposit_percent = UNSET
        else:
            deposit_percent = self.deposit_percent

        external_links: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_links, Unset):
            external_links = UNSET
        elif isinstance(self.external_links, list):
            external_links = []
            for external_links_type_0_item_data in self.external_links:
                external_links_type_0_item = external_links_type_0_item_data.to_dict()
                external_links.append(external_links_type_0_item)

        else:
            external_links = self.external_links

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_number: None | str | Unset
        if isinstance(self.job_number, Unset):
            job_number = UNSET
        else:
            job_number = self.job_number

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        proposal_tag_name: None | str | Unset
        if isinstance(self.proposal_tag_name, Unset):
            proposal_tag_name = UNSET
        else:
            proposal_tag_name = self.proposal_tag_name

        require_deposit_on_signature: bool | None | Unset
        if isinstance(self.require_deposit_on_signature, Unset):
            require_deposit_on_signature = UNSET
        else:
            require_deposit_on_signature = self.require_deposit_on_signature

        sold_by: int | None | Unset
        if isinstance(self.sold_by, Unset):
            sold_by = UNSET
        else:
            sold_by = self.sold_by

        sold_on: None | str | Unset
        if isinstance(self.sold_on, Unset):
            sold_on = UNSET
        elif isinstance(self.sold_on, datetime.datetime):
            sold_on = self.sold_on.isoformat()
        else:
            sold_on = self.sold_on

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EstimatesV2EstimateStatusModel):
            status = self.status.to_dict()
        else:
            status = self.status

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "createdOn": created_on,
                "id": id,
                "isChangeOrder": is_change_order,
                "isRecommended": is_recommended,
                "modifiedOn": modified_on,
                "reviewStatus": review_status,
                "subtotal": subtotal,
                "tax": tax,
            }
        )
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if business_unit_name is not UNSET:
            field_dict["businessUnitName"] = business_unit_name
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if deposit_amount is not UNSET:
            field_dict["depositAmount"] = deposit_amount
        if deposit_percent is not UNSET:
            field_dict["depositPercent"] = deposit_percent
        if external_links is not UNSET:
            field_dict["externalLinks"] = external_links
        if items is not UNSET:
            field_dict["items"] = items
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_number is not UNSET:
            field_dict["jobNumber"] = job_number
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if proposal_tag_name is not UNSET:
            field_dict["proposalTagName"] = proposal_tag_name
        if require_deposit_on_signature is not UNSET:
            field_dict["requireDepositOnSignature"] = require_deposit_on_signature
        if sold_by is not UNSET:
            field_dict["soldBy"] = sold_by
        if sold_on is not UNSET:
            field_dict["soldOn"] = sold_on
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        id = d.pop("id")

        is_change_order = d.pop("isChangeOrder")

        is_recommended = d.pop("isRecommended")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        review_status = EstimatesTypesEstimateReviewStatus(d.pop("reviewStatus"))

        subtotal = d.pop("subtotal")

        tax = d.pop("tax")

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        business_unit_name = d.pop("businessUnitName", UNSET)

        customer_id = d.pop("customerId", UNSET)

        deposit_amount = d.pop("depositAmount", UNSET)

        deposit_percent = d.pop("depositPercent", UNSET)

        external_links = d.pop("externalLinks", UNSET)
        if external_links is not None and not isinstance(external_links, Unset):
            if not isinstance(external_links, list):
                raise TypeError()
            external_links_type_0 = [
                _models.EstimatesV2ExternalLinkResponse.from_dict(
                    external_links_type_0_item_data
                )
                for external_links_type_0_item_data in external_links
            ]

            external_links = external_links_type_0

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.EstimatesV2EstimateItemResponse.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        job_id = d.pop("jobId", UNSET)

        job_number = d.pop("jobNumber", UNSET)

        location_id = d.pop("locationId", UNSET)

        name = d.pop("name", UNSET)

        project_id = d.pop("projectId", UNSET)

        proposal_tag_name = d.pop("proposalTagName", UNSET)

        require_deposit_on_signature = d.pop("requireDepositOnSignature", UNSET)

        sold_by = d.pop("soldBy", UNSET)

        sold_on = d.pop("soldOn", UNSET)
        if sold_on is not None and not isinstance(sold_on, Unset):
            if not isinstance(sold_on, str):
                raise TypeError()
            sold_on_type_0 = datetime.datetime.fromisoformat(sold_on)

            sold_on = sold_on_type_0

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, dict):
                raise TypeError()
            status_type_0 = _models.EstimatesV2EstimateStatusModel.from_dict(status)

            status = status_type_0

        summary = d.pop("summary", UNSET)

        estimates_v2_estimate_response = cls(
            active,
            created_on,
            id,
            is_change_order,
            is_recommended,
            modified_on,
            review_status,
            subtotal,
            tax,
            budget_code_id,
            business_unit_id,
            business_unit_name,
            customer_id,
            deposit_amount,
            deposit_percent,
            external_links,
            items,
            job_id,
            job_number,
            location_id,
            name,
            project_id,
            proposal_tag_name,
            require_deposit_on_signature,
            sold_by,
            sold_on,
            status,
            summary,
        )

        estimates_v2_estimate_response.additional_properties = dict(d)
        return estimates_v2_estimate_response

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
