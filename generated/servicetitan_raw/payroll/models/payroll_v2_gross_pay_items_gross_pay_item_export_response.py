from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payroll_v2_employee_type import PayrollV2EmployeeType
from ..models.payroll_v2_gross_pay_item_type import PayrollV2GrossPayItemType
from ..models.payroll_v2_paid_time_type import PayrollV2PaidTimeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayrollV2GrossPayItemsGrossPayItemExportResponse")


@_attrs_define
class PayrollV2GrossPayItemsGrossPayItemExportResponse:
    """
    Attributes:
        active (bool):
        amount (float):
        created_on (datetime.datetime):
        date (datetime.datetime):
        gross_pay_item_type (PayrollV2GrossPayItemType):
        job_id (int):
        modified_on (datetime.datetime):
        payroll_id (int):
        activity (None | str | Unset):
        activity_code (None | str | Unset):
        activity_code_id (int | None | Unset):
        amount_adjustment (float | None | Unset):
        budget_code_id (int | None | Unset):
        business_unit_name (None | str | Unset):
        customer_id (int | None | Unset):
        customer_name (None | str | Unset):
        employee_id (int | None | Unset):
        employee_payroll_id (None | str | Unset):
        employee_type (None | PayrollV2EmployeeType | Unset):
        ended_on (datetime.datetime | None | Unset):
        id (int | None | Unset):
        invoice_id (int | None | Unset):
        invoice_item_id (int | None | Unset):
        invoice_number (None | str | Unset):
        is_prevailing_wage_job (bool | None | Unset):
        job_number (None | str | Unset):
        job_type_name (None | str | Unset):
        labor_type_code (None | str | Unset):
        labor_type_id (int | None | Unset):
        location_address (None | str | Unset):
        location_id (int | None | Unset):
        location_name (None | str | Unset):
        location_zip (None | str | Unset):
        memo (None | str | Unset):
        paid_duration_hours (float | None | Unset):
        paid_time_type (None | PayrollV2PaidTimeType | Unset):
        payout_business_unit_name (None | str | Unset):
        project_id (int | None | Unset):
        project_number (None | str | Unset):
        source_entity_id (int | None | Unset):
        started_on (datetime.datetime | None | Unset):
        tax_zone_name (None | str | Unset):
        zone_name (None | str | Unset):
    """

    active: bool
    amount: float
    created_on: datetime.datetime
    date: datetime.datetime
    gross_pay_item_type: PayrollV2GrossPayItemType
    job_id: int
    modified_on: datetime.datetime
    payroll_id: int
    activity: None | str | Unset = UNSET
    activity_code: None | str | Unset = UNSET
    activity_code_id: int | None | Unset = UNSET
    amount_adjustment: float | None | Unset = UNSET
    budget_code_id: int | None | Unset = UNSET
    business_unit_name: None | str | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    employee_id: int | None | Unset = UNSET
    employee_payroll_id: None | str | Unset = UNSET
    employee_type: None | PayrollV2EmployeeType | Unset = UNSET
    ended_on: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    invoice_item_id: int | None | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    is_prevailing_wage_job: bool | None | Unset = UNSET
    job_number: None | str | Unset = UNSET
    job_type_name: None | str | Unset = UNSET
    labor_type_code: None | str | Unset = UNSET
    labor_type_id: int | None | Unset = UNSET
    location_address: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    location_name: None | str | Unset = UNSET
    location_zip: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    paid_duration_hours: float | None | Unset = UNSET
    paid_time_type: None | PayrollV2PaidTimeType | Unset = UNSET
    payout_business_unit_name: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    project_number: None | str | Unset = UNSET
    source_entity_id: int | None | Unset = UNSET
    started_on: datetime.datetime | None | Unset = UNSET
    tax_zone_name: None | str | Unset = UNSET
    zone_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "amount",
        "createdOn",
        "date",
        "grossPayItemType",
        "jobId",
        "modifiedOn",
        "payrollId",
        "activity",
        "activityCode",
        "activityCodeId",
        "amountAdjustment",
        "budgetCodeId",
        "businessUnitName",
        "customerId",
        "customerName",
        "employeeId",
        "employeePayrollId",
        "employeeType",
        "endedOn",
        "id",
        "invoiceId",
        "invoiceItemId",
        "invoiceNumber",
        "isPrevailingWageJob",
        "jobNumber",
        "jobTypeName",
        "laborTypeCode",
        "laborTypeId",
        "locationAddress",
        "locationId",
        "locationName",
        "locationZip",
        "memo",
        "paidDurationHours",
        "paidTimeType",
        "payoutBusinessUnitName",
        "projectId",
        "projectNumber",
        "sourceEntityId",
        "startedOn",
        "taxZoneName",
        "zoneName",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        amount = self.amount

        created_on = self.created_on.isoformat()

        date = self.date.isoformat()

        gross_pay_item_type = self.gross_pay_item_type.value

        job_id = self.job_id

        modified_on = self.modified_on.isoformat()

        payroll_id = self.payroll_id

        activity: None | str | Unset
        if isinstance(self.activity, Unset):
            activity = UNSET
        else:
            activity = self.activity

        activity_code: None | str | Unset
        if isinstance(self.activity_code, Unset):
            activity_code = UNSET
        else:
            activity_code = self.activity_code

        activity_code_id: int | None | Unset
        if isinstance(self.activity_code_id, Unset):
            activity_code_id = UNSET
        else:
            activity_code_id = self.activity_code_id

        amount_adjustment: float | None | Unset
        if isinstance(self.amount_adjustment, Unset):
            amount_adjustment = UNSET
        else:
            amount_adjustment = self.amount_adjustment

        budget_code_id: int | None | Unset
        if isinstance(self.budget_code_id, Unset):
            budget_code_id = UNSET
        else:
            budget_code_id = self.budget_code_id

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

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        employee_id: int | None | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = self.employee_id

        employee_payroll_id: None | str | Unset
        if isinstance(self.employee_payroll_id, Unset):
            employee_payroll_id = UNSET
        else:
            employee_payroll_id = self.employee_payroll_id

        employee_type: None | str | Unset
        if isinstance(self.employee_type, Unset):
            employee_type = UNSET
        elif isinstance(self.employee_type, PayrollV2EmployeeType):
            employee_type = self.employee_type.value
        else:
            employee_type = self.employee_type

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.datetime):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        invoice_item_id: int | None | Unset
        if isinstance(self.invoice_item_id, Unset):
            invoice_item_id = UNSET
        else:
            invoice_item_id = self.invoice_item_id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        is_prevailing_wage_job: bool | None | Unset
        if isinstance(self.is_prevailing_wage_job, Unset):
            is_prevailing_wage_job = UNSET
        else:
            is_prevailing_wage_job = self.is_prevailing_wage_job

        job_number: None | str | Unset
        if isinstance(self.job_number, Unset):
            job_number = UNSET
        else:
            job_number = self.job_number

        job_type_name: None | str | Unset
        if isinstance(self.job_type_name, Unset):
            job_type_name = UNSET
        else:
            job_type_name = self.job_type_name

        labor_type_code: None | str | Unset
        if isinstance(self.labor_type_code, Unset):
            labor_type_code = UNSET
        else:
            labor_type_code = self.labor_type_code

        labor_type_id: int | None | Unset
        if isinstance(self.labor_type_id, Unset):
            labor_type_id = UNSET
        else:
            labor_type_id = self.labor_type_id

        location_address: None | str | Unset
        if isinstance(self.location_address, Unset):
            location_address = UNSET
        else:
            location_address = self.location_address

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        location_name: None | str | Unset
        if isinstance(self.location_name, Unset):
            location_name = UNSET
        else:
            location_name = self.location_name

        location_zip: None | str | Unset
        if isinstance(self.location_zip, Unset):
            location_zip = UNSET
        else:
            location_zip = self.location_zip

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        paid_duration_hours: float | None | Unset
        if isinstance(self.paid_duration_hours, Unset):
            paid_duration_hours = UNSET
        else:
            paid_duration_hours = self.paid_duration_hours

        paid_time_type: None | str | Unset
        if isinstance(self.paid_time_type, Unset):
            paid_time_type = UNSET
        elif isinstance(self.paid_time_type, PayrollV2PaidTimeType):
            paid_time_type = self.paid_time_type.value
        else:
            paid_time_type = self.paid_time_type

        payout_business_unit_name: None | str | Unset
        if isinstance(self.payout_business_unit_name, Unset):
            payout_business_unit_name = UNSET
        else:
            payout_business_unit_name = self.payout_business_unit_name

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        project_number: None | str | Unset
        if isinstance(self.project_number, Unset):
            project_number = UNSET
        else:
            project_number = self.project_number

        source_entity_id: int | None | Unset
        if isinstance(self.source_entity_id, Unset):
            source_entity_id = UNSET
        else:
            source_entity_id = self.source_entity_id

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.datetime):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        tax_zone_name: None | str | Unset
        if isinstance(self.tax_zone_name, Unset):
            tax_zone_name = UNSET
        else:
            tax_zone_name = self.tax_zone_name

        zone_name: None | str | Unset
        if isinstance(self.zone_name, Unset):
            zone_name = UNSET
        else:
            zone_name = self.zone_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "amount": amount,
                "createdOn": created_on,
                "date": date,
                "grossPayItemType": gross_pay_item_type,
                "jobId": job_id,
                "modifiedOn": modified_on,
                "payrollId": payroll_id,
            }
        )
        if activity is not UNSET:
            field_dict["activity"] = activity
        if activity_code is not UNSET:
            field_dict["activityCode"] = activity_code
        if activity_code_id is not UNSET:
            field_dict["activityCodeId"] = activity_code_id
        if amount_adjustment is not UNSET:
            field_dict["amountAdjustment"] = amount_adjustment
        if budget_code_id is not UNSET:
            field_dict["budgetCodeId"] = budget_code_id
        if business_unit_name is not UNSET:
            field_dict["businessUnitName"] = business_unit_name
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if employee_id is not UNSET:
            field_dict["employeeId"] = employee_id
        if employee_payroll_id is not UNSET:
            field_dict["employeePayrollId"] = employee_payroll_id
        if employee_type is not UNSET:
            field_dict["employeeType"] = employee_type
        if ended_on is not UNSET:
            field_dict["endedOn"] = ended_on
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_item_id is not UNSET:
            field_dict["invoiceItemId"] = invoice_item_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if is_prevailing_wage_job is not UNSET:
            field_dict["isPrevailingWageJob"] = is_prevailing_wage_job
        if job_number is not UNSET:
            field_dict["jobNumber"] = job_number
        if job_type_name is not UNSET:
            field_dict["jobTypeName"] = job_type_name
        if labor_type_code is not UNSET:
            field_dict["laborTypeCode"] = labor_type_code
        if labor_type_id is not UNSET:
            field_dict["laborTypeId"] = labor_type_id
        if location_address is not UNSET:
            field_dict["locationAddress"] = location_address
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if location_name is not UNSET:
            field_dict["locationName"] = location_name
        if location_zip is not UNSET:
            field_dict["locationZip"] = location_zip
        if memo is not UNSET:
            field_dict["memo"] = memo
        if paid_duration_hours is not UNSET:
            field_dict["paidDurationHours"] = paid_duration_hours
        if paid_time_type is not UNSET:
            field_dict["paidTimeType"] = paid_time_type
        if payout_business_unit_name is not UNSET:
            field_dict["payoutBusinessUnitName"] = payout_business_unit_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_number is not UNSET:
            field_dict["projectNumber"] = project_number
        if source_entity_id is not UNSET:
            field_dict["sourceEntityId"] = source_entity_id
        if started_on is not UNSET:
            field_dict["startedOn"] = started_on
        if tax_zone_name is not UNSET:
            field_dict["taxZoneName"] = tax_zone_name
        if zone_name is not UNSET:
            field_dict["zoneName"] = zone_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        amount = d.pop("amount")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        gross_pay_item_type = PayrollV2GrossPayItemType(d.pop("grossPayItemType"))

        job_id = d.pop("jobId")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        payroll_id = d.pop("payrollId")

        activity = d.pop("activity", UNSET)

        activity_code = d.pop("activityCode", UNSET)

        activity_code_id = d.pop("activityCodeId", UNSET)

        amount_adjustment = d.pop("amountAdjustment", UNSET)

        budget_code_id = d.pop("budgetCodeId", UNSET)

        business_unit_name = d.pop("businessUnitName", UNSET)

        customer_id = d.pop("customerId", UNSET)

        customer_name = d.pop("customerName", UNSET)

        employee_id = d.pop("employeeId", UNSET)

        employee_payroll_id = d.pop("employeePayrollId", UNSET)

        employee_type = d.pop("employeeType", UNSET)
        if employee_type is not None and not isinstance(employee_type, Unset):
            if not isinstance(employee_type, str):
                raise TypeError()
            employee_type_type_0 = PayrollV2EmployeeType(employee_type)

            employee_type = employee_type_type_0

        ended_on = d.pop("endedOn", UNSET)
        if ended_on is not None and not isinstance(ended_on, Unset):
            if not isinstance(ended_on, str):
                raise TypeError()
            ended_on_type_0 = datetime.datetime.fromisoformat(ended_on)

            ended_on = ended_on_type_0

        id = d.pop("id", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        invoice_item_id = d.pop("invoiceItemId", UNSET)

        invoice_number = d.pop("invoiceNumber", UNSET)

        is_prevailing_wage_job = d.pop("isPrevailingWageJob", UNSET)

        job_number = d.pop("jobNumber", UNSET)

        job_type_name = d.pop("jobTypeName", UNSET)

        labor_type_code = d.pop("laborTypeCode", UNSET)

        labor_type_id = d.pop("laborTypeId", UNSET)

        location_address = d.pop("locationAddress", UNSET)

        location_id = d.pop("locationId", UNSET)

        location_name = d.pop("locationName", UNSET)

        location_zip = d.pop("locationZip", UNSET)

        memo = d.pop("memo", UNSET)

        paid_duration_hours = d.pop("paidDurationHours", UNSET)

        paid_time_type = d.pop("paidTimeType", UNSET)
        if paid_time_type is not None and not isinstance(paid_time_type, Unset):
            if not isinstance(paid_time_type, str):
                raise TypeError()
            paid_time_type_type_0 = PayrollV2PaidTimeType(paid_time_type)

            paid_time_type = paid_time_type_type_0

        payout_business_unit_name = d.pop("payoutBusinessUnitName", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_number = d.pop("projectNumber", UNSET)

        source_entity_id = d.pop("sourceEntityId", UNSET)

        started_on = d.pop("startedOn", UNSET)
        if started_on is not None and not isinstance(started_on, Unset):
            if not isinstance(started_on, str):
                raise TypeError()
            started_on_type_0 = datetime.datetime.fromisoformat(started_on)

            started_on = started_on_type_0

        tax_zone_name = d.pop("taxZoneName", UNSET)

        zone_name = d.pop("zoneName", UNSET)

        payroll_v2_gross_pay_items_gross_pay_item_export_response = cls(
            active,
            amount,
            created_on,
            date,
            gross_pay_item_type,
            job_id,
            modified_on,
            payroll_id,
            activity,
            activity_code,
            activity_code_id,
            amount_adjustment,
            budget_code_id,
            business_unit_name,
            customer_id,
            customer_name,
            employee_id,
            employee_payroll_id,
            employee_type,
            ended_on,
            id,
            invoice_id,
            invoice_item_id,
            invoice_number,
            is_prevailing_wage_job,
            job_number,
            job_type_name,
            labor_type_code,
            labor_type_id,
            location_address,
            location_id,
            location_name,
            location_zip,
            memo,
            paid_duration_hours,
            paid_time_type,
            payout_business_unit_name,
            project_id,
            project_number,
            source_entity_id,
            started_on,
            tax_zone_name,
            zone_name,
        )

        payroll_v2_gross_pay_items_gross_pay_item_export_response.additional_properties = dict(
            d
        )
        return payroll_v2_gross_pay_items_gross_pay_item_export_response

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
