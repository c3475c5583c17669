from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from .. import models as _models
from ..models.service_agreements_v2_agreement_origin import (
    ServiceAgreementsV2AgreementOrigin,
)
from ..models.service_agreements_v2_agreement_status import (
    ServiceAgreementsV2AgreementStatus,
)
from ..models.service_agreements_v2_billing_schedule_type import (
    ServiceAgreementsV2BillingScheduleType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_agreements_v2_custom_field_response import (
        ServiceAgreementsV2CustomFieldResponse,
    )
    from ..models.service_agreements_v2_service_agreement_template_fields_response import (
        ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse,
    )


T = TypeVar("T", bound="ServiceAgreementsV2ServiceAgreementResponse")


@_attrs_define
class ServiceAgreementsV2ServiceAgreementResponse:
    """
    Attributes:
        auto_renew (bool):
        business_unit_id (int):
        created_on (datetime.datetime):
        custom_fields (list[ServiceAgreementsV2CustomFieldResponse]):
        customer_id (int):
        id (int):
        imported_deferred_amount (float):
        imported_recognized_amount (float):
        labor_surcharge (float):
        location_ids (list[int]):
        material_surcharge (float):
        modified_on (datetime.datetime):
        name (str):
        origin (ServiceAgreementsV2AgreementOrigin):
        status (ServiceAgreementsV2AgreementStatus):
        template_fields (ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse):
        account_manager_id (int | None | Unset):
        billing_schedule (None | ServiceAgreementsV2BillingScheduleType | Unset):
        created_by_id (int | None | Unset):
        duration_months (int | None | Unset):
        end_date (datetime.date | None | Unset):
        estimated_gross_margin_amount (float | None | Unset):
        estimated_gross_margin_percentage (float | None | Unset):
        estimated_labor_cost (float | None | Unset):
        estimated_material_cost (float | None | Unset):
        estimated_travel_cost (float | None | Unset):
        import_id (None | str | Unset):
        labor_markup_percentage (float | None | Unset):
        material_markup_percentage (float | None | Unset):
        modified_by_id (int | None | Unset):
        payment_method_id (int | None | Unset):
        payment_term_id (int | None | Unset):
        rate_sheet_id (int | None | Unset):
        renewal_agreement_id (int | None | Unset):
        sold_by_id (int | None | Unset):
        start_date (datetime.date | None | Unset):
        summary (None | str | Unset):
        tag_type_ids (list[int] | None | Unset):
        total_agreement_price (float | None | Unset):
    """

    auto_renew: bool
    business_unit_id: int
    created_on: datetime.datetime
    custom_fields: list[ServiceAgreementsV2CustomFieldResponse]
    customer_id: int
    id: int
    imported_deferred_amount: float
    imported_recognized_amount: float
    labor_surcharge: float
    location_ids: list[int]
    material_surcharge: float
    modified_on: datetime.datetime
    name: str
    origin: ServiceAgreementsV2AgreementOrigin
    status: ServiceAgreementsV2AgreementStatus
    template_fields: ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse
    account_manager_id: int | None | Unset = UNSET
    billing_schedule: None | ServiceAgreementsV2BillingScheduleType | Unset = UNSET
    created_by_id: int | None | Unset = UNSET
    duration_months: int | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    estimated_gross_margin_amount: float | None | Unset = UNSET
    estimated_gross_margin_percentage: float | None | Unset = UNSET
    estimated_labor_cost: float | None | Unset = UNSET
    estimated_material_cost: float | None | Unset = UNSET
    estimated_travel_cost: float | None | Unset = UNSET
    import_id: None | str | Unset = UNSET
    labor_markup_percentage: float | None | Unset = UNSET
    material_markup_percentage: float | None | Unset = UNSET
    modified_by_id: int | None | Unset = UNSET
    payment_method_id: int | None | Unset = UNSET
    payment_term_id: int | None | Unset = UNSET
    rate_sheet_id: int | None | Unset = UNSET
    renewal_agreement_id: int | None | Unset = UNSET
    sold_by_id: int | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    tag_type_ids: list[int] | None | Unset = UNSET
    total_agreement_price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "autoRenew",
        "businessUnitId",
        "createdOn",
        "customFields",
        "customerId",
        "id",
        "importedDeferredAmount",
        "importedRecognizedAmount",
        "laborSurcharge",
        "locationIds",
        "materialSurcharge",
        "modifiedOn",
        "name",
        "origin",
        "status",
        "templateFields",
        "accountManagerId",
        "billingSchedule",
        "createdById",
        "durationMonths",
        "endDate",
        "estimatedGrossMarginAmount",
        "estimatedGrossMarginPercentage",
        "estimatedLaborCost",
        "estimatedMaterialCost",
        "estimatedTravelCost",
        "importId",
        "laborMarkupPercentage",
        "materialMarkupPercentage",
        "modifiedById",
        "paymentMethodId",
        "paymentTermId",
        "rateSheetId",
        "renewalAgreementId",
        "soldById",
        "startDate",
        "summary",
        "tagTypeIds",
        "totalAgreementPrice",
    )

    def to_dict(self) -> dict[str, Any]:
        auto_renew = self.auto_renew

        business_unit_id = self.business_unit_id

        created_on = self.created_on.isoformat()

        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        customer_id = self.customer_id

        id = self.id

        imported_deferred_amount = self.imported_deferred_amount

        imported_recognized_amount = self.imported_recognized_amount

        labor_surcharge = self.labor_surcharge

        location_ids = self.location_ids

        material_surcharge = self.material_surcharge

        modified_on = self.modified_on.isoformat()

        name = self.name

        origin = self.origin.value

        status = self.status.value

        template_fields = self.template_fields.to_dict()

        account_manager_id: int | None | Unset
        if isinstance(self.account_manager_id, Unset):
            account_manager_id = UNSET
        else:
            account_manager_id = self.account_manager_id

        billing_schedule: None | str | Unset
        if isinstance(self.billing_schedule, Unset):
            billing_schedule = UNSET
        elif isinstance(self.billing_schedule, ServiceAgreementsV2BillingScheduleType):
            billing_schedule = self.billing_schedule.value
        else:
            billing_schedule = self.billing_schedule

        created_by_id: int | None | Unset
        if isinstance(self.created_by_id, Unset):
            created_by_id = UNSET
        else:
            created_by_id = self.created_by_id

        duration_months: int | None | Unset
        if isinstance(self.duration_months, Unset):
            duration_months = UNSET
        else:
            duration_months = self.duration_months

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        estimated_gross_margin_amount: float | None | Unset
        if isinstance(self.estimated_gross_margin_amount, Unset):
            estimated_gross_margin_amount = UNSET
        else:
            estimated_gross_margin_amount = self.estimated_gross_margin_amount

        estimated_gross_margin_percentage: float | None | Unset
        if isinstance(self.estimated_gross_margin_percentage, Unset):
            estimated_gross_margin_percentage = UNSET
        else:
            estimated_gross_margin_percentage = self.estimated_gross_margin_percentage

        estimated_labor_cost: float | None | Unset
        if isinstance(self.estimated_labor_cost, Unset):
            estimated_labor_cost = UNSET
        else:
            estimated_labor_cost = self.estimated_labor_cost

        estimated_material_cost: float | None | Unset
        if isinstance(self.estimated_material_cost, Unset):
            estimated_material_cost = UNSET
        else:
            estimated_material_cost = self.estimated_material_cost

        estimated_travel_cost: float | None | Unset
        if isinstance(self.estimated_travel_cost, Unset):
            estimated_travel_cost = UNSET
        else:
            estimated_travel_cost = self.estimated_travel_cost

        import_id: None | str | Unset
        if isinstance(self.import_id, Unset):
            import_id = UNSET
        else:
            import_id = self.import_id

        labor_markup_percentage: float | None | Unset
        if isinstance(self.labor_markup_percentage, Unset):
            labor_markup_percentage = UNSET
        else:
            labor_markup_percentage = self.labor_markup_percentage

        material_markup_percentage: float | None | Unset
        if isinstance(self.material_markup_percentage, Unset):
            material_markup_percentage = UNSET
        else:
            material_markup_percentage = self.material_markup_percentage

        modified_by_id: int | None | Unset
        if isinstance(self.modified_by_id, Unset):
            modified_by_id = UNSET
        else:
            modified_by_id = self.modified_by_id

        payment_method_id: int | None | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_term_id: int | None | Unset
        if isinstance(self.payment_term_id, Unset):
            payment_term_id = UNSET
        else:
            payment_term_id = self.payment_term_id

        rate_sheet_id: int | None | Unset
        if isinstance(self.rate_sheet_id, Unset):
            rate_sheet_id = UNSET
        else:
            rate_sheet_id = self.rate_sheet_id

        renewal_agreement_id: int | None | Unset
        if isinstance(self.renewal_agreement_id, Unset):
            renewal_agreement_id = UNSET
        else:
            renewal_agreement_id = self.renewal_agreement_id

        sold_by_id: int | None | Unset
        if isinstance(self.sold_by_id, Unset):
            sold_by_id = UNSET
        else:
            sold_by_id = self.sold_by_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        tag_type_ids: list[int] | None | Unset
        if isinstance(self.tag_type_ids, Unset):
            tag_type_ids = UNSET
        elif isinstance(self.tag_type_ids, list):
            tag_type_ids = self.tag_type_ids

        else:
            tag_type_ids = self.tag_type_ids

        total_agreement_price: float | None | Unset
        if isinstance(self.total_agreement_price, Unset):
            total_agreement_price = UNSET
        else:
            total_agreement_price = self.total_agreement_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoRenew": auto_renew,
                "businessUnitId": business_unit_id,
                "createdOn": created_on,
                "customFields": custom_fields,
                "customerId": customer_id,
                "id": id,
                "importedDeferredAmount": imported_deferred_amount,
                "importedRecognizedAmount": imported_recognized_amount,
                "laborSurcharge": labor_surcharge,
                "locationIds": location_ids,
                "materialSurcharge": material_surcharge,
                "modifiedOn": modified_on,
                "name": name,
                "origin": origin,
                "status": status,
                "templateFields": template_fields,
            }
        )
        if account_manager_id is not UNSET:
            field_dict["accountManagerId"] = account_manager_id
        if billing_schedule is not UNSET:
            field_dict["billingSchedule"] = billing_schedule
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if duration_months is not UNSET:
            field_dict["durationMonths"] = duration_months
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if estimated_gross_margin_amount is not UNSET:
            field_dict["estimatedGrossMarginAmount"] = estimated_gross_margin_amount
        if estimated_gross_margin_percentage is not UNSET:
            field_dict["estimatedGrossMarginPercentage"] = (
                estimated_gross_margin_percentage
            )
        if estimated_labor_cost is not UNSET:
            field_dict["estimatedLaborCost"] = estimated_labor_cost
        if estimated_material_cost is not UNSET:
            field_dict["estimatedMaterialCost"] = estimated_material_cost
        if estimated_travel_cost is not UNSET:
            field_dict["estimatedTravelCost"] = estimated_travel_cost
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if labor_markup_percentage is not UNSET:
            field_dict["laborMarkupPercentage"] = labor_markup_percentage
        if material_markup_percentage is not UNSET:
            field_dict["materialMarkupPercentage"] = material_markup_percentage
        if modified_by_id is not UNSET:
            field_dict["modifiedById"] = modified_by_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if payment_term_id is not UNSET:
            field_dict["paymentTermId"] = payment_term_id
        if rate_sheet_id is not UNSET:
            field_dict["rateSheetId"] = rate_sheet_id
        if renewal_agreement_id is not UNSET:
            field_dict["renewalAgreementId"] = renewal_agreement_id
        if sold_by_id is not UNSET:
            field_dict["soldById"] = sold_by_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if summary is not UNSET:
            field_dict["summary"] = summary
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids
        if total_agreement_price is not UNSET:
            field_dict["totalAgreementPrice"] = total_agreement_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auto_renew = d.pop("autoRenew")

        business_unit_id = d.pop("businessUnitId")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        custom_fields = [
            _models.ServiceAgreementsV2CustomFieldResponse.from_dict(
                custom_fields_item_data
            )
            for custom_fields_item_data in d.pop("customFields")
        ]

        customer_id = d.pop("customerId")

        id = d.pop("id")

        imported_deferred_amount = d.pop("importedDeferredAmount")

        imported_recognized_amount = d.pop("importedRecognizedAmount")

        labor_surcharge = d.pop("laborSurcharge")

        location_ids = d.pop("locationIds")

        material_surcharge = d.pop("materialSurcharge")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        origin = ServiceAgreementsV2AgreementOrigin(d.pop("origin"))

        status = ServiceAgreementsV2AgreementStatus(d.pop("status"))

        template_fields = (
            _models.ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse.from_dict(
                d.pop("templateFields")
            )
        )

        account_manager_id = d.pop("accountManagerId", UNSET)

        billing_schedule = d.pop("billingSchedule", UNSET)
        if billing_schedule is not None and not isinstance(billing_schedule, Unset):
            if not isinstance(billing_schedule, str):
                raise TypeError()
            billing_schedule_type_0 = ServiceAgreementsV2BillingScheduleType(
                billing_schedule
            )

            billing_schedule = billing_schedule_type_0

        created_by_id = d.pop("createdById", UNSET)

        duration_months = d.pop("durationMonths", UNSET)

        end_date = d.pop("endDate", UNSET)
        if end_date is not None and not isinstance(end_date, Unset):
            if not isinstance(end_date, str):
                raise TypeError()
            end_date_type_0 = _date_of(end_date)

            end_date = end_date_type_0

        estimated_gross_margin_amount = d.pop("estimatedGrossMarginAmount", UNSET)

        estimated_gross_margin_percentage = d.pop(
            "estimatedGrossMarginPercentage", UNSET
        )

        estimated_labor_cost = d.pop("estimatedLaborCost", UNSET)

        estimated_material_cost = d.pop("estimatedMaterialCost", UNSET)

        estimated_travel_cost = d.pop("estimatedTravelCost", UNSET)

        import_id = d.pop("importId", UNSET)

        labor_markup_percentage = d.pop("laborMarkupPercentage", UNSET)

        material_markup_percentage = d.pop("materialMarkupPercentage", UNSET)

        modified_by_id = d.pop("modifiedById", UNSET)

        payment_method_id = d.pop("paymentMethodId", UNSET)

        payment_term_id = d.pop("paymentTermId", UNSET)

        rate_sheet_id = d.pop("rateSheetId", UNSET)

        renewal_agreement_id = d.pop("renewalAgreementId", UNSET)

        sold_by_id = d.pop("soldById", UNSET)

        start_date = d.pop("startDate", UNSET)
        if start_date is not None and not isinstance(start_date, Unset):
            if not isinstance(start_date, str):
                raise TypeError()
            start_date_type_0 = _date_of(start_date)

            start_date = start_date_type_0

        summary = d.pop("summary", UNSET)

        tag_type_ids = d.pop("tagTypeIds", UNSET)
        if tag_type_ids is not None and not isinstance(tag_type_ids, Unset):
            if not isinstance(tag_type_ids, list):
                raise TypeError()
            tag_type_ids_type_0 = tag_type_ids

            tag_type_ids = tag_type_ids_type_0

        total_agreement_price = d.pop("totalAgreementPrice", UNSET)

        service_agreements_v2_service_agreement_response = cls(
            auto_renew,
            business_unit_id,
            created_on,
            custom_fields,
            customer_id,
            id,
            imported_deferred_amount,
            imported_recognized_amount,
            labor_surcharge,
            location_ids,
            material_surcharge,
            modified_on,
            name,
            origin,
            status,
            template_fields,
            account_manager_id,
            billing_schedule,
            created_by_id,
            duration_months,
            end_date,
            estimated_gross_margin_amount,
            estimated_gross_margin_percentage,
            estimated_labor_cost,
            estimated_material_cost,
            estimated_travel_cost,
            import_id,
            labor_markup_percentage,
            material_markup_percentage,
            modified_by_id,
            payment_method_id,
            payment_term_id,
            rate_sheet_id,
            renewal_agreement_id,
            sold_by_id,
            start_date,
            summary,
            tag_type_ids,
            total_agreement_price,
        )

        service_agreements_v2_service_agreement_response.additional_properties = dict(d)
        return service_agreements_v2_service_agreement_response

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
