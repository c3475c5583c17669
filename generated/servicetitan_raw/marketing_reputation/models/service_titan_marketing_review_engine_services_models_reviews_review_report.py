from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_author_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_email = _parse_author_email(d.pop("authorEmail", UNSET))

        def _parse_author_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_name = _parse_author_name(d.pop("authorName", UNSET))

        def _parse_business_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        business_unit_id = _parse_business_unit_id(d.pop("businessUnitId", UNSET))

        def _parse_completed_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_date_type_0 = datetime.datetime.fromisoformat(data)

                return completed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_date = _parse_completed_date(d.pop("completedDate", UNSET))

        _created_on = d.pop("createdOn", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        def _parse_customer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_customer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_name = _parse_customer_name(d.pop("customerName", UNSET))

        def _parse_dispatched_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dispatched_date_type_0 = datetime.datetime.fromisoformat(data)

                return dispatched_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        dispatched_date = _parse_dispatched_date(d.pop("dispatchedDate", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_internal_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        internal_id = _parse_internal_id(d.pop("internalId", UNSET))

        def _parse_is_auto_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_auto_verified = _parse_is_auto_verified(d.pop("isAutoVerified", UNSET))

        def _parse_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        job_id = _parse_job_id(d.pop("jobId", UNSET))

        _job_status = d.pop("jobStatus", UNSET)
        job_status: (
            ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus | Unset
        )
        if isinstance(_job_status, Unset):
            job_status = UNSET
        else:
            job_status = (
                ServiceTitanMarketingReviewEngineServicesModelsReviewsJobStatus(
                    _job_status
                )
            )

        def _parse_job_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_type_name = _parse_job_type_name(d.pop("jobTypeName", UNSET))

        _modified_on = d.pop("modifiedOn", UNSET)
        modified_on: datetime.datetime | Unset
        if isinstance(_modified_on, Unset):
            modified_on = UNSET
        else:
            modified_on = datetime.datetime.fromisoformat(_modified_on)

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        _publish_date = d.pop("publishDate", UNSET)
        publish_date: datetime.datetime | Unset
        if isinstance(_publish_date, Unset):
            publish_date = UNSET
        else:
            publish_date = datetime.datetime.fromisoformat(_publish_date)

        def _parse_rating(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        _recommendation_status = d.pop("recommendationStatus", UNSET)
        recommendation_status: (
            ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus
            | Unset
        )
        if isinstance(_recommendation_status, Unset):
            recommendation_status = UNSET
        else:
            recommendation_status = ServiceTitanMarketingReviewEngineCommonEnumsPulledReviewRecommendationStatus(
                _recommendation_status
            )

        def _parse_review(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review = _parse_review(d.pop("review", UNSET))

        def _parse_review_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_response = _parse_review_response(d.pop("reviewResponse", UNSET))

        _review_type = d.pop("reviewType", UNSET)
        review_type: (
            ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus
            | Unset
        )
        if isinstance(_review_type, Unset):
            review_type = UNSET
        else:
            review_type = ServiceTitanMarketingReviewEngineServicesModelsReviewsReviewUpdatedStatus(
                _review_type
            )

        def _parse_technician_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        technician_full_name = _parse_technician_full_name(
            d.pop("technicianFullName", UNSET)
        )

        def _parse_technician_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        technician_id = _parse_technician_id(d.pop("technicianId", UNSET))

        verification_status = d.pop("verificationStatus", UNSET)

        def _parse_verified_by_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        verified_by_user_id = _parse_verified_by_user_id(
            d.pop("verifiedByUserId", UNSET)
        )

        def _parse_verified_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_on_type_0 = datetime.datetime.fromisoformat(data)

                return verified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_on = _parse_verified_on(d.pop("verifiedOn", UNSET))

        service_titan_marketing_review_engine_services_models_reviews_review_report = (
            cls(
                address=address,
                author_email=author_email,
                author_name=author_name,
                business_unit_id=business_unit_id,
                completed_date=completed_date,
                created_on=created_on,
                customer_id=customer_id,
                customer_name=customer_name,
                dispatched_date=dispatched_date,
                external_id=external_id,
                internal_id=internal_id,
                is_auto_verified=is_auto_verified,
                job_id=job_id,
                job_status=job_status,
                job_type_name=job_type_name,
                modified_on=modified_on,
                platform=platform,
                publish_date=publish_date,
                rating=rating,
                recommendation_status=recommendation_status,
                review=review,
                review_response=review_response,
                review_type=review_type,
                technician_full_name=technician_full_name,
                technician_id=technician_id,
                verification_status=verification_status,
                verified_by_user_id=verified_by_user_id,
                verified_on=verified_on,
            )
        )

        service_titan_marketing_review_engine_services_models_reviews_review_report.additional_properties = d
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
