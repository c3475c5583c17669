from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.estimates_types_estimate_review_status import (
    EstimatesTypesEstimateReviewStatus,
)
from ..models.estimates_types_estimate_status import EstimatesTypesEstimateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.estimates_v2_estimate_item_create_update_request import (
        EstimatesV2EstimateItemCreateUpdateRequest,
    )
    from ..models.estimates_v2_external_link_in_model import (
        EstimatesV2ExternalLinkInModel,
    )


T = TypeVar("T", bound="EstimatesV2CreateEstimateRequest")


@_attrs_define
class EstimatesV2CreateEstimateRequest:
    """
    Attributes:
        budget_code_id (int | None | Unset):
        deposit_amount (float | None | Unset):
        deposit_percent (float | None | Unset):
        external_links (list[EstimatesV2ExternalLinkInModel] | None | Unset):
        is_recommended (bool | None | Unset):
        items (list[EstimatesV2EstimateItemCreateUpdateRequest] | None | Unset):
        job_id (int | None | Unset):
        location_id (int | None | Unset):
        name (None | str | Unset):
        project_id (int | None | Unset):
        require_deposit_on_signature (bool | None | Unset):
        review_status (EstimatesTypesEstimateReviewStatus | None | Unset):
        sold_by (int | None | Unset):
        status (EstimatesTypesEstimateStatus | None | Unset):
        summary (None | str | Unset):
        tax (float | None | Unset):
        use_default_project_labels (bool | None | Unset):
    """

    budget_code_id: int | None | Unset = UNSET
    deposit_amount: float | None | Unset = UNSET
    deposit_percent: float | None | Unset = UNSET
    external_links: list[EstimatesV2ExternalLinkInModel] | None | Unset = UNSET
    is_recommended: bool | None | Unset = UNSET
    items: list[EstimatesV2EstimateItemCreateUpdateRequest] | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    require_deposit_on_signature: bool | None | Unset = UNSET
    review_status: EstimatesTypesEstimateReviewStatus | None | Unset = UNSET
    sold_by: int | None | Unset = UNSET
    status: EstimatesTypesEstimateStatus | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tax: float | None | Unset = UNSET
    use_default_project_labels: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "budgetCodeId",
        "depositAmount",
        "depositPercent",
        "externalLinks",
        "isRecommended",
        "items",
        "jobId",
        "locationId",
        "name",
        "projectId",
        "requireDepositOnSignature",
        "reviewStatus",
        "soldBy",
        "status",
        "summary",
        "tax",
        "useDefaultProjectLabels",
    )

    def to_dict(self) -> dict[str, Any]:
        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

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

        is_recommended: bool | None | Unset
        if isinstance(self.is_recommended, Unset):
            is_recommended = UNSET
        else:
            is_recommended = self.is_recommended

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

        require_deposit_on_signature: bool | None | Unset
        if isinstance(self.require_deposit_on_signature, Unset):
            require_deposit_on_signature = UNSET
        else:
            require_deposit_on_signature = self.require_deposit_on_signature

        review_status: None | str | Unset
        if isinstance(self.review_status, Unset):
            review_status = UNSET
        elif isinstance(self.review_status, EstimatesTypesEstimateReviewStatus):
            review_status = self.review_status.value
        else:
            review_status = self.review_status

        sold_by: int | None | Unset
        if isinstance(self.sold_by, Unset):
            sold_by = UNSET
        else:
            sold_by = self.sold_by

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EstimatesTypesEstimateStatus):
            status = self.status.value
        else:
            status = self.status

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        tax: float | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        use_default_project_labels: bool | None | Unset
        if isinstance(self.use_default_project_labels, Unset):
            use_default_project_labels = UNSET
        else:
            use_default_project_labels = self.use_default_project_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if deposit_amount is not UNSET:
            field_dict["depositAmount"] = deposit_amount
        if deposit_percent is not UNSET:
            field_dict["depositPercent"] = deposit_percent
        if external_links is not UNSET:
            field_dict["externalLinks"] = external_links
        if is_recommended is not UNSET:
            field_dict["isRecommended"] = is_recommended
        if items is not UNSET:
            field_dict["items"] = items
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if require_deposit_on_signature is not UNSET:
            field_dict["requireDepositOnSignature"] = require_deposit_on_signature
        if review_status is not UNSET:
            field_dict["reviewStatus"] = review_status
        if sold_by is not UNSET:
            field_dict["soldBy"] = sold_by
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tax is not UNSET:
            field_dict["tax"] = tax
        if use_default_project_labels is not UNSET:
            field_dict["useDefaultProjectLabels"] = use_default_project_labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        budget_code_id = d.pop("budgetCodeId", UNSET)

        deposit_amount = d.pop("depositAmount", UNSET)

        deposit_percent = d.pop("depositPercent", UNSET)

        external_links = d.pop("externalLinks", UNSET)
        if external_links is not None and not isinstance(external_links, Unset):
            if not isinstance(external_links, list):
                raise TypeError()
            external_links_type_0 = [
                _models.EstimatesV2ExternalLinkInModel.from_dict(
                    external_links_type_0_item_data
                )
                for external_links_type_0_item_data in external_links
            ]

            external_links = external_links_type_0

        is_recommended = d.pop("isRecommended", UNSET)

        items = d.pop("items", UNSET)
        if items is not None and not isinstance(items, Unset):
            if not isinstance(items, list):
                raise TypeError()
            items_type_0 = [
                _models.EstimatesV2EstimateItemCreateUpdateRequest.from_dict(
                    items_type_0_item_data
                )
                for items_type_0_item_data in items
            ]

            items = items_type_0

        job_id = d.pop("jobId", UNSET)

        location_id = d.pop("locationId", UNSET)

        name = d.pop("name", UNSET)

        project_id = d.pop("projectId", UNSET)

        require_deposit_on_signature = d.pop("requireDepositOnSignature", UNSET)

        review_status = d.pop("reviewStatus", UNSET)
        if review_status is not None and not isinstance(review_status, Unset):
            if not isinstance(review_status, str):
                raise TypeError()
            review_status_type_0 = EstimatesTypesEstimateReviewStatus(review_status)

            review_status = review_status_type_0

        sold_by = d.pop("soldBy", UNSET)

        status = d.pop("status", UNSET)
        if status is not None and not isinstance(status, Unset):
            if not isinstance(status, str):
                raise TypeError()
            status_type_0 = EstimatesTypesEstimateStatus(status)

            status = status_type_0

        summary = d.pop("summary", UNSET)

        tax = d.pop("tax", UNSET)

        use_default_project_labels = d.pop("useDefaultProjectLabels", UNSET)

        estimates_v2_create_estimate_request = cls(
            budget_code_id,
            deposit_amount,
            deposit_percent,
            external_links,
            is_recommended,
            items,
            job_id,
            location_id,
            name,
            project_id,
            require_deposit_on_signature,
            review_status,
            sold_by,
            status,
            summary,
            tax,
            use_default_project_labels,
        )

        estimates_v2_create_estimate_request.additional_properties = dict(d)
        return estimates_v2_create_estimate_request

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
