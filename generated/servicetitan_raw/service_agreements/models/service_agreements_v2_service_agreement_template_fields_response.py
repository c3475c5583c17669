from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_agreements_v2_billing_schedule_type import (
    ServiceAgreementsV2BillingScheduleType,
)
from ..models.service_agreements_v2_cancellation_invoice_mode import (
    ServiceAgreementsV2CancellationInvoiceMode,
)
from ..models.service_agreements_v2_pricing_strategy_type import (
    ServiceAgreementsV2PricingStrategyType,
)
from ..models.service_agreements_v2_revenue_recognition_mode import (
    ServiceAgreementsV2RevenueRecognitionMode,
)
from ..models.service_agreements_v2_target_margin_value_type import (
    ServiceAgreementsV2TargetMarginValueType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse")


@_attrs_define
class ServiceAgreementsV2ServiceAgreementTemplateFieldsResponse:
    """
    Attributes:
        billing_service_id (int):
        original_template_id (int):
        revenue_recognition_mode (ServiceAgreementsV2RevenueRecognitionMode):
        billing_schedule_type (None | ServiceAgreementsV2BillingScheduleType | Unset):
        default_auto_renew (bool | None | Unset):
        default_campaign_id (int | None | Unset):
        default_document_template_id (int | None | Unset):
        default_extra_travel_cost_per_hour (float | None | Unset):
        default_flat_price (float | None | Unset):
        default_labor_cost_per_hour (float | None | Unset):
        default_labor_markup_percentage (float | None | Unset):
        default_labor_surcharge (float | None | Unset):
        default_markup_percentage (float | None | Unset):
        default_material_markup_percentage (float | None | Unset):
        default_material_surcharge (float | None | Unset):
        default_pricing_strategy (None | ServiceAgreementsV2PricingStrategyType | Unset):
        default_rate_sheet_id (int | None | Unset):
        default_surcharge (float | None | Unset):
        default_target_margin_value (float | None | Unset):
        default_target_margin_value_type (None | ServiceAgreementsV2TargetMarginValueType | Unset):
        general_ledger_account_id (int | None | Unset):
        invoice_cancellation_mode (None | ServiceAgreementsV2CancellationInvoiceMode | Unset):
        negative_liability_service_id (int | None | Unset):
        positive_income_service_id (int | None | Unset):
    """

    billing_service_id: int
    original_template_id: int
    revenue_recognition_mode: ServiceAgreementsV2RevenueRecognitionMode
    billing_schedule_type: None | ServiceAgreementsV2BillingScheduleType | Unset = UNSET
    default_auto_renew: bool | None | Unset = UNSET
    default_campaign_id: int | None | Unset = UNSET
    default_document_template_id: int | None | Unset = UNSET
    default_extra_travel_cost_per_hour: float | None | Unset = UNSET
    default_flat_price: float | None | Unset = UNSET
    default_labor_cost_per_hour: float | None | Unset = UNSET
    default_labor_markup_percentage: float | None | Unset = UNSET
    default_labor_surcharge: float | None | Unset = UNSET
    default_markup_percentage: float | None | Unset = UNSET
    default_material_markup_percentage: float | None | Unset = UNSET
    default_material_surcharge: float | None | Unset = UNSET
    default_pricing_strategy: None | ServiceAgreementsV2PricingStrategyType | Unset = (
        UNSET
    )
    default_rate_sheet_id: int | None | Unset = UNSET
    default_surcharge: float | None | Unset = UNSET
    default_target_margin_value: float | None | Unset = UNSET
    default_target_margin_value_type: (
        None | ServiceAgreementsV2TargetMarginValueType | Unset
    ) = UNSET
    general_ledger_account_id: int | None | Unset = UNSET
    invoice_cancellation_mode: (
        None | ServiceAgreementsV2CancellationInvoiceMode | Unset
    ) = UNSET
    negative_liability_service_id: int | None | Unset = UNSET
    positive_income_service_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "billingServiceId",
        "originalTemplateId",
        "revenueRecognitionMode",
        "billingScheduleType",
        "defaultAutoRenew",
        "defaultCampaignId",
        "defaultDocumentTemplateId",
        "defaultExtraTravelCostPerHour",
        "defaultFlatPrice",
        "defaultLaborCostPerHour",
        "defaultLaborMarkupPercentage",
        "defaultLaborSurcharge",
        "defaultMarkupPercentage",
        "defaultMaterialMarkupPercentage",
        "defaultMaterialSurcharge",
        "defaultPricingStrategy",
        "defaultRateSheetId",
        "defaultSurcharge",
        "defaultTargetMarginValue",
        "defaultTargetMarginValueType",
        "generalLedgerAccountId",
        "invoiceCancellationMode",
        "negativeLiabilityServiceId",
        "positiveIncomeServiceId",
    )

    def to_dict(self) -> dict[str, Any]:
        billing_service_id = self.billing_service_id

        original_template_id = self.original_template_id

        revenue_recognition_mode = self.revenue_recognition_mode.value

        billing_schedule_type: None | str | Unset
        if isinstance(self.billing_schedule_type, Unset):
            billing_schedule_type = UNSET
        elif isinstance(
            self.billing_schedule_type, ServiceAgreementsV2BillingScheduleType
        ):
            billing_schedule_type = self.billing_schedule_type.value
        else:
            billing_schedule_type = self.billing_schedule_type

        default_auto_renew: bool | None | Unset
        if isinstance(self.default_auto_renew, Unset):
            default_auto_renew = UNSET
        else:
            default_auto_renew = self.default_auto_renew

        default_campaign_id: int | None | Unset
        if isinstance(self.default_campaign_id, Unset):
            default_campaign_id = UNSET
        else:
            default_campaign_id = self.default_campaign_id

        default_document_template_id: int | None | Unset
        if isinstance(self.default_document_template_id, Unset):
            default_document_template_id = UNSET
        else:
            default_document_template_id = self.default_document_template_id

        default_extra_travel_cost_per_hour: float | None | Unset
        if isinstance(self.default_extra_travel_cost_per_hour, Unset):
            default_extra_travel_cost_per_hour = UNSET
        else:
            default_extra_travel_cost_per_hour = self.default_extra_travel_cost_per_hour

        default_flat_price: float | None | Unset
        if isinstance(self.default_flat_price, Unset):
            default_flat_price = UNSET
        else:
            default_flat_price = self.default_flat_price

        default_labor_cost_per_hour: float | None | Unset
        if isinstance(self.default_labor_cost_per_hour, Unset):
            default_labor_cost_per_hour = UNSET
        else:
            default_labor_cost_per_hour = self.default_labor_cost_per_hour

        default_labor_markup_percentage: float | None | Unset
        if isinstance(self.default_labor_markup_percentage, Unset):
            default_labor_markup_percentage = UNSET
        else:
            default_labor_markup_percentage = self.default_labor_markup_percentage

        default_labor_surcharge: float | None | Unset
        if isinstance(self.default_labor_surcharge, Unset):
            default_labor_surcharge = UNSET
        else:
            default_labor_surcharge = self.default_labor_surcharge

        default_markup_percentage: float | None | Unset
        if isinstance(self.default_markup_percentage, Unset):
            default_markup_percentage = UNSET
        else:
            default_markup_percentage = self.default_markup_percentage

        default_material_markup_percentage: float | None | Unset
        if isinstance(self.default_material_markup_percentage, Unset):
            default_material_markup_percentage = UNSET
        else:
            default_material_markup_percentage = self.default_material_markup_percentage

        default_material_surcharge: float | None | Unset
        if isinstance(self.default_material_surcharge, Unset):
            default_material_surcharge = UNSET
        else:
            default_material_surcharge = self.default_material_surcharge

        default_pricing_strategy: None | str | Unset
        if isinstance(self.default_pricing_strategy, Unset):
            default_pricing_strategy = UNSET
        elif isinstance(
            self.default_pricing_strategy, ServiceAgreementsV2PricingStrategyType
        ):
            default_pricing_strategy = self.default_pricing_strategy.value
        else:
            default_pricing_strategy = self.default_pricing_strategy

        default_rate_sheet_id: int | None | Unset
        if isinstance(self.default_rate_sheet_id, Unset):
            default_rate_sheet_id = UNSET
        else:
            default_rate_sheet_id = self.default_rate_sheet_id

        default_surcharge: float | None | Unset
        if isinstance(self.default_surcharge, Unset):
            default_surcharge = UNSET
        else:
            default_surcharge = self.default_surcharge

        default_target_margin_value: float | None | Unset
        if isinstance(self.default_target_margin_value, Unset):
            default_target_margin_value = UNSET
        else:
            default_target_margin_value = self.default_target_margin_value

        default_target_margin_value_type: None | str | Unset
        if isinstance(self.default_target_margin_value_type, Unset):
            default_target_margin_value_type = UNSET
        elif isinstance(
            self.default_target_margin_value_type,
            ServiceAgreementsV2TargetMarginValueType,
        ):
            default_target_margin_value_type = (
                self.default_target_margin_value_type.value
            )
        else:
            default_target_margin_value_type = self.default_target_margin_value_type

        general_ledger_account_id: int | None | Unset
        if isinstance(self.general_ledger_account_id, Unset):
            general_ledger_account_id = UNSET
        else:
            general_ledger_account_id = self.general_ledger_account_id

        invoice_cancellation_mode: None | str | Unset
        if isinstance(self.invoice_cancellation_mode, Unset):
            invoice_cancellation_mode = UNSET
        elif isinstance(
            self.invoice_cancellation_mode, ServiceAgreementsV2CancellationInvoiceMode
        ):
            invoice_cancellation_mode = self.invoice_cancellation_mode.value
        else:
            invoice_cancellation_mode = self.invoice_cancellation_mode

        negative_liability_service_id: int | None | Unset
        if isinstance(self.negative_liability_service_id, Unset):
            negative_liability_service_id = UNSET
        else:
            negative_liability_service_id = self.negative_liability_service_id

        positive_income_service_id: int | None | Unset
        if isinstance(self.positive_income_service_id, Unset):
            positive_income_service_id = UNSET
        else:
            positive_income_service_id = self.positive_income_service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingServiceId": billing_service_id,
                "originalTemplateId": original_template_id,
                "revenueRecognitionMode": revenue_recognition_mode,
            }
        )
        if billing_schedule_type is not UNSET:
            field_dict["billingScheduleType"] = billing_schedule_type
        if default_auto_renew is not UNSET:
            field_dict["defaultAutoRenew"] = default_auto_renew
        if default_campaign_id is not UNSET:
            field_dict["defaultCampaignId"] = default_campaign_id
        if default_document_template_id is not UNSET:
            field_dict["defaultDocumentTemplateId"] = default_document_template_id
        if default_extra_travel_cost_per_hour is not UNSET:
            field_dict["defaultExtraTravelCostPerHour"] = (
                default_extra_travel_cost_per_hour
            )
        if default_flat_price is not UNSET:
            field_dict["defaultFlatPrice"] = default_flat_price
        if default_labor_cost_per_hour is not UNSET:
            field_dict["defaultLaborCostPerHour"] = default_labor_cost_per_hour
        if default_labor_markup_percentage is not UNSET:
            field_dict["defaultLaborMarkupPercentage"] = default_labor_markup_percentage
        if default_labor_surcharge is not UNSET:
            field_dict["defaultLaborSurcharge"] = default_labor_surcharge
        if default_markup_percentage is not UNSET:
            field_dict["defaultMarkupPercentage"] = default_markup_percentage
        if default_material_markup_percentage is not UNSET:
            field_dict["defaultMaterialMarkupPercentage"] = (
                default_material_markup_percentage
            )
        if default_material_surcharge is not UNSET:
            field_dict["defaultMaterialSurcharge"] = default_material_surcharge
        if default_pricing_strategy is not UNSET:
            field_dict["defaultPricingStrategy"] = default_pricing_strategy
        if default_rate_sheet_id is not UNSET:
            field_dict["defaultRateSheetId"] = default_rate_sheet_id
        if default_surcharge is not UNSET:
            field_dict["defaultSurcharge"] = default_surcharge
        if default_target_margin_value is not UNSET:
            field_dict["defaultTargetMarginValue"] = default_target_margin_value
        if default_target_margin_value_type is not UNSET:
            field_dict["defaultTargetMarginValueType"] = (
                default_target_margin_value_type
            )
        if general_ledger_account_id is not UNSET:
            field_dict["generalLedgerAccountId"] = general_ledger_account_id
        if invoice_cancellation_mode is not UNSET:
            field_dict["invoiceCancellationMode"] = invoice_cancellation_mode
        if negative_liability_service_id is not UNSET:
            field_dict["negativeLiabilityServiceId"] = negative_liability_service_id
        if positive_income_service_id is not UNSET:
            field_dict["positiveIncomeServiceId"] = positive_income_service_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        billing_service_id = d.pop("billingServiceId")

        original_template_id = d.pop("originalTemplateId")

        revenue_recognition_mode = ServiceAgreementsV2RevenueRecognitionMode(
            d.pop("revenueRecognitionMode")
        )

        billing_schedule_type = d.pop("billingScheduleType", UNSET)
        if billing_schedule_type is not None and not isinstance(
            billing_schedule_type, Unset
        ):
            if not isinstance(billing_schedule_type, str):
                raise TypeError()
            billing_schedule_type_type_0 = ServiceAgreementsV2BillingScheduleType(
                billing_schedule_type
            )

            billing_schedule_type = billing_schedule_type_type_0

        default_auto_renew = d.pop("defaultAutoRenew", UNSET)

        default_campaign_id = d.pop("defaultCampaignId", UNSET)

        default_document_template_id = d.pop("defaultDocumentTemplateId", UNSET)

        default_extra_travel_cost_per_hour = d.pop(
            "defaultExtraTravelCostPerHour", UNSET
        )

        default_flat_price = d.pop("defaultFlatPrice", UNSET)

        default_labor_cost_per_hour = d.pop("defaultLaborCostPerHour", UNSET)

        default_labor_markup_percentage = d.pop("defaultLaborMarkupPercentage", UNSET)

        default_labor_surcharge = d.pop("defaultLaborSurcharge", UNSET)

        default_markup_percentage = d.pop("defaultMarkupPercentage", UNSET)

        default_material_markup_percentage = d.pop(
            "defaultMaterialMarkupPercentage", UNSET
        )

        default_material_surcharge = d.pop("defaultMaterialSurcharge", UNSET)

        default_pricing_strategy = d.pop("defaultPricingStrategy", UNSET)
        if default_pricing_strategy is not None and not isinstance(
            default_pricing_strategy, Unset
        ):
            if not isinstance(default_pricing_strategy, str):
                raise TypeError()
            default_pricing_strategy_type_0 = ServiceAgreementsV2PricingStrategyType(
                default_pricing_strategy
            )

            default_pricing_strategy = default_pricing_strategy_type_0

        default_rate_sheet_id = d.pop("defaultRateSheetId", UNSET)

        default_surcharge = d.pop("defaultSurcharge", UNSET)

        default_target_margin_value = d.pop("defaultTargetMarginValue", UNSET)

        default_target_margin_value_type = d.pop("defaultTargetMarginValueType", UNSET)
        if default_target_margin_value_type is not None and not isinstance(
            default_target_margin_value_type, Unset
        ):
            if not isinstance(default_target_margin_value_type, str):
                raise TypeError()
            default_target_margin_value_type_type_0 = (
                ServiceAgreementsV2TargetMarginValueType(
                    default_target_margin_value_type
                )
            )

            default_target_margin_value_type = default_target_margin_value_type_type_0

        general_ledger_account_id = d.pop("generalLedgerAccountId", UNSET)

        invoice_cancellation_mode = d.pop("invoiceCancellationMode", UNSET)
        if invoice_cancellation_mode is not None and not isinstance(
            invoice_cancellation_mode, Unset
        ):
            if not isinstance(invoice_cancellation_mode, str):
                raise TypeError()
            invoice_cancellation_mode_type_0 = (
                ServiceAgreementsV2CancellationInvoiceMode(invoice_cancellation_mode)
            )

            invoice_cancellation_mode = invoice_cancellation_mode_type_0

        negative_liability_service_id = d.pop("negativeLiabilityServiceId", UNSET)

        positive_income_service_id = d.pop("positiveIncomeServiceId", UNSET)

        service_agreements_v2_service_agreement_template_fields_response = cls(
            billing_service_id,
            original_template_id,
            revenue_recognition_mode,
            billing_schedule_type,
            default_auto_renew,
            default_campaign_id,
            default_document_template_id,
            default_extra_travel_cost_per_hour,
            default_flat_price,
            default_labor_cost_per_hour,
            default_labor_markup_percentage,
            default_labor_surcharge,
            default_markup_percentage,
            default_material_markup_percentage,
            default_material_surcharge,
            default_pricing_strategy,
            default_rate_sheet_id,
            default_surcharge,
            default_target_margin_value,
            default_target_margin_value_type,
            general_ledger_account_id,
            invoice_cancellation_mode,
            negative_liability_service_id,
            positive_income_service_id,
        )

        service_agreements_v2_service_agreement_template_fields_response.additional_properties = dict(
            d
        )
        return service_agreements_v2_service_agreement_template_fields_response

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
