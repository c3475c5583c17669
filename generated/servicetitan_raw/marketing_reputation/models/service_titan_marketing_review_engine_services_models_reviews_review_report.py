from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_titan_marketing_review_engine_common_enums_pulled_review_recommendation_status import (
    ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus,
)
from ..models.service_titan_marketing_review_engine_services_models_reviews_job_status import (
    ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus,
)
from ..models.service_titan_marketing_review_engine_services_models_reviews_review_updated_status import (
    ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus,
)
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport"
)


@_attrs_define
class ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewReport:
    """
    Attributes:
        address (None | str | Unset):
        author_email (None | str | Unset):
        author_name (None | str | Unset):
        business_unit_id (int | None | Unset):
        completed_date (datetime.datetime | None | Unset):
        created_on (datetime.datetime | Unset):
        customer_id (int | None | Unset):
        customer_name (None | str | Unset):
        dispatched_date (datetime.datetime | None | Unset):
        external_id (None | str | Unset):
        internal_id (int | None | Unset):
        is_auto_verified (bool | None | Unset):
        job_id (int | None | Unset):
        job_status (ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus | Unset):
        job_type_name (None | str | Unset):
        modified_on (datetime.datetime | Unset):
        platform (None | str | Unset):
        publish_date (datetime.datetime | Unset):
        rating (float | None | Unset):
        recommendation_status (ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus | Unset):
        review (None | str | Unset):
        review_response (None | str | Unset):
        review_type (ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus | Unset):
        technician_full_name (None | str | Unset):
        technician_id (int | None | Unset):
        verification_status (bool | Unset):
        verified_by_user_id (int | None | Unset):
        verified_on (datetime.datetime | None | Unset):
    """

    address: None | str | Unset = UNSET
    author_email: None | str | Unset = UNSET
    author_name: None | str | Unset = UNSET
    business_unit_id: int | None | Unset = UNSET
    completed_date: datetime.datetime | None | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    dispatched_date: datetime.datetime | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    internal_id: int | None | Unset = UNSET
    is_auto_verified: bool | None | Unset = UNSET
    job_id: int | None | Unset = UNSET
    job_status: (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus | Unset
    ) = UNSET
    job_type_name: None | str | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    platform: None | str | Unset = UNSET
    publish_date: datetime.datetime | Unset = UNSET
    rating: float | None | Unset = UNSET
    recommendation_status: (
        ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus
        | Unset
    ) = UNSET
    review: None | str | Unset = UNSET
    review_response: None | str | Unset = UNSET
    review_type: (
        ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus
        | Unset
    ) = UNSET
    technician_full_name: None | str | Unset = UNSET
    technician_id: int | None | Unset = UNSET
    verification_status: bool | Unset = UNSET
    verified_by_user_id: int | None | Unset = UNSET
    verified_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "authorEmail",
        "authorName",
        "businessUnitId",
        "completedDate",
        "createdOn",
        "customerId",
        "customerName",
        "dispatchedDate",
        "externalId",
        "internalId",
        "isAutoVerified",
        "jobId",
        "jobStatus",
        "jobTypeName",
        "modifiedOn",
        "platform",
        "publishDate",
        "rating",
        "recommendationStatus",
        "review",
        "reviewResponse",
        "reviewType",
        "technicianFullName",
        "technicianId",
        "verificationStatus",
        "verifiedByUserId",
        "verifiedOn",
    )

    def to_dict(self) -> dict[str, Any]:
        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        author_email: None | str | Unset
        if isinstance(self.author_email, Unset):
            author_email = UNSET
        else:
            author_email = self.author_email

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        business_unit_id: int | None | Unset
        if isinstance(self.business_unit_id, Unset):
            business_unit_id = UNSET
        else:
            business_unit_id = self.business_unit_id

        completed_date: None | str | Unset
        if isinstance(self.completed_date, Unset):
            completed_date = UNSET
        elif isinstance(self.completed_date, datetime.datetime):
            completed_date = self.completed_date.isoformat()
        else:
            completed_date = self.completed_date

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        customer_id: int | None | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        dispatched_date: None | str | Unset
        if isinstance(self.dispatched_date, Unset):
            dispatched_date = UNSET
        elif isinstance(self.dispatched_date, datetime.datetime):
            dispatched_date = self.dispatched_date.isoformat()
        else:
            dispatched_date = self.dispatched_date

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        internal_id: int | None | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        is_auto_verified: bool | None | Unset
        if isinstance(self.is_auto_verified, Unset):
            is_auto_verified = UNSET
        else:
            is_auto_verified = self.is_auto_verified

        job_id: int | None | Unset
        if isinstance(self.job_id, Unset):
            job_id = UNSET
        else:
            job_id = self.job_id

        job_status: int | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = self.job_status.value

        job_type_name: None | str | Unset
        if isinstance(self.job_type_name, Unset):
            job_type_name = UNSET
        else:
            job_type_name = self.job_type_name

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        publish_date: str | Unset = UNSET
        if not isinstance(self.publish_date, Unset):
            publish_date = self.publish_date.isoformat()

        rating: float | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        recommendation_status: int | Unset = UNSET
        if not isinstance(self.recommendation_status, Unset):
            recommendation_status = self.recommendation_status.value

        review: None | str | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        else:
            review = self.review

        review_response: None | str | Unset
        if isinstance(self.review_response, Unset):
            review_response = UNSET
        else:
            review_response = self.review_response

        review_type: int | Unset = UNSET
        if not isinstance(self.review_type, Unset):
            review_type = self.review_type.value

        technician_full_name: None | str | Unset
        if isinstance(self.technician_full_name, Unset):
            technician_full_name = UNSET
        else:
            technician_full_name = self.technician_full_name

        technician_id: int | None | Unset
        if isinstance(self.technician_id, Unset):
            technician_id = UNSET
        else:
            technician_id = self.technician_id

        verification_status = self.verification_status

        verified_by_user_id: int | None | Unset
        if isinstance(self.verified_by_user_id, Unset):
            verified_by_user_id = UNSET
        else:
            verified_by_user_id = self.verified_by_user_id

        verified_on: None | str | Unset
        if isinstance(self.verified_on, Unset):
            verified_on = UNSET
        elif isinstance(self.verified_on, datetime.datetime):
            verified_on = self.verified_on.isoformat()
        else:
            verified_on = self.verified_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if author_email is not UNSET:
            field_dict["authorEmail"] = author_email
        if author_name is not UNSET:
            field_dict["authorName"] = author_name
        if business_unit_id is not UNSET:
            field_dict["businessUnitId"] = business_unit_id
        if completed_date is not UNSET:
            field_dict["completedDate"] = completed_date
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if dispatched_date is not UNSET:
            field_dict["dispatchedDate"] = dispatched_date
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if is_auto_verified is not UNSET:
            field_dict["isAutoVerified"] = is_auto_verified
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status
        if job_type_name is not UNSET:
            field_dict["jobTypeName"] = job_type_name
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if platform is not UNSET:
            field_dict["platform"] = platform
        if publish_date is not UNSET:
            field_dict["publishDate"] = publish_date
        if rating is not UNSET:
            field_dict["rating"] = rating
        if recommendation_status is not UNSET:
            field_dict["recommendationStatus"] = recommendation_status
        if review is not UNSET:
            field_dict["review"] = review
        if review_response is not UNSET:
            field_dict["reviewResponse"] = review_response
        if review_type is not UNSET:
            field_dict["reviewType"] = review_type
        if technician_full_name is not UNSET:
            field_dict["technicianFullName"] = technician_full_name
        if technician_id is not UNSET:
            field_dict["technicianId"] = technician_id
        if verification_status is not UNSET:
            field_dict["verificationStatus"] = verification_status
        if verified_by_user_id is not UNSET:
            field_dict["verifiedByUserId"] = verified_by_user_id
        if verified_on is not UNSET:
            field_dict["verifiedOn"] = verified_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        author_email = d.pop("authorEmail", UNSET)

        author_name = d.pop("authorName", UNSET)

        business_unit_id = d.pop("businessUnitId", UNSET)

        completed_date = d.pop("completedDate", UNSET)
        if completed_date is not None and not isinstance(completed_date, Unset):
            if not isinstance(completed_date, str):
                raise TypeError()
            completed_date_type_0 = datetime.datetime.fromisoformat(completed_date)

            completed_date = completed_date_type_0

        created_on = d.pop("createdOn", UNSET)
        if not isinstance(created_on, Unset):
            created_on = datetime.datetime.fromisoformat(created_on)

        customer_id = d.pop("customerId", UNSET)

        customer_name = d.pop("customerName", UNSET)

        dispatched_date = d.pop("dispatchedDate", UNSET)
        if dispatched_date is not None and not isinstance(dispatched_date, Unset):
            if not isinstance(dispatched_date, str):
                raise TypeError()
            dispatched_date_type_0 = datetime.datetime.fromisoformat(dispatched_date)

            dispatched_date = dispatched_date_type_0

        external_id = d.pop("externalId", UNSET)

        internal_id = d.pop("internalId", UNSET)

        is_auto_verified = d.pop("isAutoVerified", UNSET)

        job_id = d.pop("jobId", UNSET)

        job_status = d.pop("jobStatus", UNSET)
        if not isinstance(job_status, Unset):
            job_status = (
                ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus(
                    job_status
                )
            )

        job_type_name = d.pop("jobTypeName", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)
        if not isinstance(modified_on, Unset):
            modified_on = datetime.datetime.fromisoformat(modified_on)

        platform = d.pop("platform", UNSET)

        publish_date = d.pop("publishDate", UNSET)
        if not isinstance(publish_date, Unset):
            publish_date = datetime.datetime.fromisoformat(publish_date)

        rating = d.pop("rating", UNSET)

        recommendation_status = d.pop("recommendationStatus", UNSET)
        if not isinstance(recommendation_status, Unset):
            recommendation_status = ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus(
                recommendation_status
            )

        review = d.pop("review", UNSET)

        review_response = d.pop("reviewResponse", UNSET)

        review_type = d.pop("reviewType", UNSET)
        if not isinstance(review_type, Unset):
            review_type = ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus(
                review_type
            )

        technician_full_name = d.pop("technicianFullName", UNSET)

        technician_id = d.pop("technicianId", UNSET)

        verification_status = d.pop("verificationStatus", UNSET)

        verified_by_user_id = d.pop("verifiedByUserId", UNSET)

        verified_on = d.pop("verifiedOn", UNSET)
        if verified_on is not None and not isinstance(verified_on, Unset):
            if not isinstance(verified_on, str):
                raise TypeError()
            verified_on_type_0 = datetime.datetime.fromisoformat(verified_on)

            verified_on = verified_on_type_0

        service_titan_marketing_review_engine_services_models_reviews_review_report = (
            cls(
                address,
                author_email,
                author_name,
                business_unit_id,
                completed_date,
                created_on,
                customer_id,
                customer_name,
                dispatched_date,
                external_id,
                internal_id,
                is_auto_verified,
                job_id,
                job_status,
                job_type_name,
                modified_on,
                platform,
                publish_date,
                rating,
                recommendation_status,
                review,
                review_response,
                review_type,
                technician_full_name,
                technician_id,
                verification_status,
                verified_by_user_id,
                verified_on,
            )
        )

        service_titan_marketing_review_engine_services_models_reviews_review_report.additional_properties = dict(
            d
        )
        return (
            service_titan_marketing_review_engine_services_models_reviews_review_report
        )

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
