"""Data models of this domain, each imported on first access rather than all at once."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounting_custom_field_model import AccountingCustomFieldModel
    from .accounting_share_active_state_filter_type import (
        AccountingShareActiveStateFilterType,
    )
    from .accounting_v2_address_response import AccountingV2AddressResponse
    from .accounting_v2_adjustment_invoice_create_request import (
        AccountingV2AdjustmentInvoiceCreateRequest,
    )
    from .accounting_v2_ap_bill_expense_item_response import (
        AccountingV2ApBillExpenseItemResponse,
    )
    from .accounting_v2_ap_bill_item_response import AccountingV2ApBillItemResponse
    from .accounting_v2_ap_bill_response import AccountingV2ApBillResponse
    from .accounting_v2_ap_bill_source import AccountingV2ApBillSource
    from .accounting_v2_ap_bill_status import AccountingV2ApBillStatus
    from .accounting_v2_ap_bill_sync_status import AccountingV2ApBillSyncStatus
    from .accounting_v2_ap_bill_three_way_match_discrepancy import (
        AccountingV2ApBillThreeWayMatchDiscrepancy,
    )
    from .accounting_v2_ap_bill_type import AccountingV2ApBillType
    from .accounting_v2_ap_credit_response import AccountingV2ApCreditResponse
    from .accounting_v2_ap_credit_split_model_response import (
        AccountingV2ApCreditSplitModelResponse,
    )
    from .accounting_v2_ap_credit_sync_status import AccountingV2ApCreditSyncStatus
    from .accounting_v2_ap_payment_method import AccountingV2ApPaymentMethod
    from .accounting_v2_ap_payment_response import AccountingV2ApPaymentResponse
    from .accounting_v2_ap_payment_split_api_model import (
        AccountingV2ApPaymentSplitApiModel,
    )
    from .accounting_v2_ap_payment_status import AccountingV2ApPaymentStatus
    from .accounting_v2_ap_payment_sync_status import AccountingV2ApPaymentSyncStatus
    from .accounting_v2_balance_comparer import AccountingV2BalanceComparer
    from .accounting_v2_bank_account_response import AccountingV2BankAccountResponse
    from .accounting_v2_batch_response import AccountingV2BatchResponse
    from .accounting_v2_bill_type import AccountingV2BillType
    from .accounting_v2_create_invoice_task_request import (
        AccountingV2CreateInvoiceTaskRequest,
    )
    from .accounting_v2_create_invoice_task_request_variables_type_0 import (
        AccountingV2CreateInvoiceTaskRequestVariablesType0,
    )
    from .accounting_v2_create_invoice_task_response import (
        AccountingV2CreateInvoiceTaskResponse,
    )
    from .accounting_v2_created_task_response import AccountingV2CreatedTaskResponse
    from .accounting_v2_credit_memos_credit_memo_add_split_public_request import (
        AccountingV2CreditMemosCreditMemoAddSplitPublicRequest,
    )
    from .accounting_v2_credit_memos_credit_memo_add_split_public_response import (
        AccountingV2CreditMemosCreditMemoAddSplitPublicResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_add_splits_public_request import (
        AccountingV2CreditMemosCreditMemoAddSplitsPublicRequest,
    )
    from .accounting_v2_credit_memos_credit_memo_add_splits_public_response import (
        AccountingV2CreditMemosCreditMemoAddSplitsPublicResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_applied_to_code_response import (
        AccountingV2CreditMemosCreditMemoAppliedToCodeResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_item_gl_account_response import (
        AccountingV2CreditMemosCreditMemoItemGLAccountResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_item_named_entity_response import (
        AccountingV2CreditMemosCreditMemoItemNamedEntityResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_items_public_response import (
        AccountingV2CreditMemosCreditMemoItemsPublicResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_public_response import (
        AccountingV2CreditMemosCreditMemoPublicResponse,
    )
    from .accounting_v2_credit_memos_credit_memo_update_public_request import (
        AccountingV2CreditMemosCreditMemoUpdatePublicRequest,
    )
    from .accounting_v2_credit_memos_credit_memo_update_public_response import (
        AccountingV2CreditMemosCreditMemoUpdatePublicResponse,
    )
    from .accounting_v2_credit_memos_credit_memos_items_public_response import (
        AccountingV2CreditMemosCreditMemosItemsPublicResponse,
    )
    from .accounting_v2_credit_memos_mark_credit_memo_as_exported_request import (
        AccountingV2CreditMemosMarkCreditMemoAsExportedRequest,
    )
    from .accounting_v2_credit_memos_mark_credit_memo_as_exported_response import (
        AccountingV2CreditMemosMarkCreditMemoAsExportedResponse,
    )
    from .accounting_v2_custom_field_data_type import AccountingV2CustomFieldDataType
    from .accounting_v2_custom_field_operation_request import (
        AccountingV2CustomFieldOperationRequest,
    )
    from .accounting_v2_custom_field_pair_request import (
        AccountingV2CustomFieldPairRequest,
    )
    from .accounting_v2_custom_field_response import AccountingV2CustomFieldResponse
    from .accounting_v2_custom_field_type_response import (
        AccountingV2CustomFieldTypeResponse,
    )
    from .accounting_v2_custom_field_update_request import (
        AccountingV2CustomFieldUpdateRequest,
    )
    from .accounting_v2_default_account_type import AccountingV2DefaultAccountType
    from .accounting_v2_deposit_review_status import AccountingV2DepositReviewStatus
    from .accounting_v2_deposit_status import AccountingV2DepositStatus
    from .accounting_v2_detailed_deposit_response import (
        AccountingV2DetailedDepositResponse,
    )
    from .accounting_v2_detailed_payment_response import (
        AccountingV2DetailedPaymentResponse,
    )
    from .accounting_v2_detailed_transaction_response import (
        AccountingV2DetailedTransactionResponse,
    )
    from .accounting_v2_discount_applied_by import AccountingV2DiscountAppliedBy
    from .accounting_v2_employee_info_response import AccountingV2EmployeeInfoResponse
    from .accounting_v2_empty_je_handling import AccountingV2EmptyJeHandling
    from .accounting_v2_export_inventory_bill_response import (
        AccountingV2ExportInventoryBillResponse,
    )
    from .accounting_v2_export_invoice_item_response import (
        AccountingV2ExportInvoiceItemResponse,
    )
    from .accounting_v2_export_invoice_response import AccountingV2ExportInvoiceResponse
    from .accounting_v2_export_payment_response import AccountingV2ExportPaymentResponse
    from .accounting_v2_external_object_response import (
        AccountingV2ExternalObjectResponse,
    )
    from .accounting_v2_external_object_save_request import (
        AccountingV2ExternalObjectSaveRequest,
    )
    from .accounting_v2_fee_account_response import AccountingV2FeeAccountResponse
    from .accounting_v2_general_ledger_account import AccountingV2GeneralLedgerAccount
    from .accounting_v2_general_ledger_account_source import (
        AccountingV2GeneralLedgerAccountSource,
    )
    from .accounting_v2_get_invoice_tasks_response import (
        AccountingV2GetInvoiceTasksResponse,
    )
    from .accounting_v2_gl_account_create_request import (
        AccountingV2GlAccountCreateRequest,
    )
    from .accounting_v2_gl_account_extended_response import (
        AccountingV2GlAccountExtendedResponse,
    )
    from .accounting_v2_gl_account_type_response import (
        AccountingV2GlAccountTypeResponse,
    )
    from .accounting_v2_gl_account_update_request import (
        AccountingV2GlAccountUpdateRequest,
    )
    from .accounting_v2_interest_charge_frequency import (
        AccountingV2InterestChargeFrequency,
    )
    from .accounting_v2_interest_charge_method import AccountingV2InterestChargeMethod
    from .accounting_v2_interest_rate_type import AccountingV2InterestRateType
    from .accounting_v2_interest_settings_api_model import (
        AccountingV2InterestSettingsAPIModel,
    )
    from .accounting_v2_interest_target_invoice import AccountingV2InterestTargetInvoice
    from .accounting_v2_inventory_bill_item_response import (
        AccountingV2InventoryBillItemResponse,
    )
    from .accounting_v2_inventory_bill_response import AccountingV2InventoryBillResponse
    from .accounting_v2_inventory_bill_sync_status import (
        AccountingV2InventoryBillSyncStatus,
    )
    from .accounting_v2_inventory_bill_three_way_match_discrepancy import (
        AccountingV2InventoryBillThreeWayMatchDiscrepancy,
    )
    from .accounting_v2_inventory_location_response import (
        AccountingV2InventoryLocationResponse,
    )
    from .accounting_v2_invoice_configuration import AccountingV2InvoiceConfiguration
    from .accounting_v2_invoice_item_response import AccountingV2InvoiceItemResponse
    from .accounting_v2_invoice_item_type import AccountingV2InvoiceItemType
    from .accounting_v2_invoice_item_update_request import (
        AccountingV2InvoiceItemUpdateRequest,
    )
    from .accounting_v2_invoice_response import AccountingV2InvoiceResponse
    from .accounting_v2_invoice_review_status import AccountingV2InvoiceReviewStatus
    from .accounting_v2_invoice_sent_status import AccountingV2InvoiceSentStatus
    from .accounting_v2_invoice_task_relation_response import (
        AccountingV2InvoiceTaskRelationResponse,
    )
    from .accounting_v2_invoice_update_request import AccountingV2InvoiceUpdateRequest
    from .accounting_v2_item_group_response import AccountingV2ItemGroupResponse
    from .accounting_v2_job_response import AccountingV2JobResponse
    from .accounting_v2_journal_entry_cost_type import AccountingV2JournalEntryCostType
    from .accounting_v2_journal_entry_create_request import (
        AccountingV2JournalEntryCreateRequest,
    )
    from .accounting_v2_journal_entry_create_request_custom_fields_type_0 import (
        AccountingV2JournalEntryCreateRequestCustomFieldsType0,
    )
    from .accounting_v2_journal_entry_details_response import (
        AccountingV2JournalEntryDetailsResponse,
    )
    from .accounting_v2_journal_entry_line_create_request import (
        AccountingV2JournalEntryLineCreateRequest,
    )
    from .accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_details_response import (
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse,
    )
    from .accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_response import (
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse,
    )
    from .accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_summary_response import (
        AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntrySummaryResponse,
    )
    from .accounting_v2_journal_entry_posting_status import (
        AccountingV2JournalEntryPostingStatus,
    )
    from .accounting_v2_journal_entry_response import AccountingV2JournalEntryResponse
    from .accounting_v2_journal_entry_save_request import (
        AccountingV2JournalEntrySaveRequest,
    )
    from .accounting_v2_journal_entry_save_request_custom_fields_type_0 import (
        AccountingV2JournalEntrySaveRequestCustomFieldsType0,
    )
    from .accounting_v2_journal_entry_sku import AccountingV2JournalEntrySku
    from .accounting_v2_journal_entry_sku_save_request import (
        AccountingV2JournalEntrySkuSaveRequest,
    )
    from .accounting_v2_journal_entry_sku_type import AccountingV2JournalEntrySkuType
    from .accounting_v2_journal_entry_source import AccountingV2JournalEntrySource
    from .accounting_v2_journal_entry_status import AccountingV2JournalEntryStatus
    from .accounting_v2_journal_entry_summary_response import (
        AccountingV2JournalEntrySummaryResponse,
    )
    from .accounting_v2_journal_entry_sync_status import (
        AccountingV2JournalEntrySyncStatus,
    )
    from .accounting_v2_journal_entry_sync_update_request import (
        AccountingV2JournalEntrySyncUpdateRequest,
    )
    from .accounting_v2_journal_entry_sync_update_request_custom_fields_type_0 import (
        AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0,
    )
    from .accounting_v2_journal_entry_transaction import (
        AccountingV2JournalEntryTransaction,
    )
    from .accounting_v2_journal_entry_transaction_type import (
        AccountingV2JournalEntryTransactionType,
    )
    from .accounting_v2_journal_entry_update_request import (
        AccountingV2JournalEntryUpdateRequest,
    )
    from .accounting_v2_journal_entry_update_request_custom_fields_type_0 import (
        AccountingV2JournalEntryUpdateRequestCustomFieldsType0,
    )
    from .accounting_v2_logical_operator import AccountingV2LogicalOperator
    from .accounting_v2_mark_ap_bill_as_exported_update_request import (
        AccountingV2MarkApBillAsExportedUpdateRequest,
    )
    from .accounting_v2_mark_ap_bill_as_exported_update_response import (
        AccountingV2MarkApBillAsExportedUpdateResponse,
    )
    from .accounting_v2_mark_ap_credit_as_exported_update_request import (
        AccountingV2MarkApCreditAsExportedUpdateRequest,
    )
    from .accounting_v2_mark_ap_credit_as_exported_update_response import (
        AccountingV2MarkApCreditAsExportedUpdateResponse,
    )
    from .accounting_v2_mark_ap_payment_as_exported_update_request import (
        AccountingV2MarkApPaymentAsExportedUpdateRequest,
    )
    from .accounting_v2_mark_ap_payment_as_exported_update_response import (
        AccountingV2MarkApPaymentAsExportedUpdateResponse,
    )
    from .accounting_v2_mark_deposits_as_exported_request_args import (
        AccountingV2MarkDepositsAsExportedRequestArgs,
    )
    from .accounting_v2_mark_inventory_bill_as_exported_update_request import (
        AccountingV2MarkInventoryBillAsExportedUpdateRequest,
    )
    from .accounting_v2_mark_inventory_bill_as_exported_update_response import (
        AccountingV2MarkInventoryBillAsExportedUpdateResponse,
    )
    from .accounting_v2_mark_invoice_as_exported_update_request import (
        AccountingV2MarkInvoiceAsExportedUpdateRequest,
    )
    from .accounting_v2_mark_invoice_as_exported_update_response import (
        AccountingV2MarkInvoiceAsExportedUpdateResponse,
    )
    from .accounting_v2_named_field_response import AccountingV2NamedFieldResponse
    from .accounting_v2_number_field_response import AccountingV2NumberFieldResponse
    from .accounting_v2_payment_applied_response import (
        AccountingV2PaymentAppliedResponse,
    )
    from .accounting_v2_payment_create_request import AccountingV2PaymentCreateRequest
    from .accounting_v2_payment_response import AccountingV2PaymentResponse
    from .accounting_v2_payment_settlement_update_request import (
        AccountingV2PaymentSettlementUpdateRequest,
    )
    from .accounting_v2_payment_split_api_model import AccountingV2PaymentSplitApiModel
    from .accounting_v2_payment_status import AccountingV2PaymentStatus
    from .accounting_v2_payment_status_batch_request import (
        AccountingV2PaymentStatusBatchRequest,
    )
    from .accounting_v2_payment_term_api_model import AccountingV2PaymentTermAPIModel
    from .accounting_v2_payment_term_apply_to import AccountingV2PaymentTermApplyTo
    from .accounting_v2_payment_term_discount_api_model import (
        AccountingV2PaymentTermDiscountAPIModel,
    )
    from .accounting_v2_payment_term_due_day_type import (
        AccountingV2PaymentTermDueDayType,
    )
    from .accounting_v2_payment_term_value_type import AccountingV2PaymentTermValueType
    from .accounting_v2_payment_transaction_type import (
        AccountingV2PaymentTransactionType,
    )
    from .accounting_v2_payment_type_response import AccountingV2PaymentTypeResponse
    from .accounting_v2_payment_update_request import AccountingV2PaymentUpdateRequest
    from .accounting_v2_remittance_vendor_contact_info_response import (
        AccountingV2RemittanceVendorContactInfoResponse,
    )
    from .accounting_v2_remittance_vendor_response import (
        AccountingV2RemittanceVendorResponse,
    )
    from .accounting_v2_royalty_response import AccountingV2RoyaltyResponse
    from .accounting_v2_royalty_status import AccountingV2RoyaltyStatus
    from .accounting_v2_sales_tax_response import AccountingV2SalesTaxResponse
    from .accounting_v2_settlement_status import AccountingV2SettlementStatus
    from .accounting_v2_shared_amount_comparison_operator import (
        AccountingV2SharedAmountComparisonOperator,
    )
    from .accounting_v2_sync_status import AccountingV2SyncStatus
    from .accounting_v2_tax_base_type_names import AccountingV2TaxBaseTypeNames
    from .accounting_v2_tax_rate_response import AccountingV2TaxRateResponse
    from .accounting_v2_tax_zone_response import AccountingV2TaxZoneResponse
    from .accounting_v2_template_execution_error_response import (
        AccountingV2TemplateExecutionErrorResponse,
    )
    from .accounting_v2_transaction_processing_status import (
        AccountingV2TransactionProcessingStatus,
    )
    from .accounting_v2_transaction_status import AccountingV2TransactionStatus
    from .accounting_v2_update_invoice_task_request import (
        AccountingV2UpdateInvoiceTaskRequest,
    )
    from .accounting_v2_update_invoice_task_response import (
        AccountingV2UpdateInvoiceTaskResponse,
    )
    from .accounting_v2_vendor_credit_status import AccountingV2VendorCreditStatus
    from .accounting_v2gl_account_response import AccountingV2GLAccountResponse
    from .active_request_arg import ActiveRequestArg
    from .ap_bills_get_list_paginated_custom_field_fields import (
        ApBillsGetListPaginatedCustomFieldFields,
    )
    from .ap_credits_get_list_custom_field_fields import (
        ApCreditsGetListCustomFieldFields,
    )
    from .ap_payments_get_list_custom_field_fields import (
        ApPaymentsGetListCustomFieldFields,
    )
    from .api_error_response import ApiErrorResponse
    from .api_error_response_data import ApiErrorResponseData
    from .api_error_response_errors import ApiErrorResponseErrors
    from .credit_memos_get_credit_memos_list_custom_field_fields import (
        CreditMemosGetCreditMemosListCustomFieldFields,
    )
    from .export_response_of_accounting_v2_export_inventory_bill_response import (
        ExportResponseOfAccountingV2ExportInventoryBillResponse,
    )
    from .export_response_of_accounting_v2_export_invoice_item_response import (
        ExportResponseOfAccountingV2ExportInvoiceItemResponse,
    )
    from .export_response_of_accounting_v2_export_invoice_response import (
        ExportResponseOfAccountingV2ExportInvoiceResponse,
    )
    from .export_response_of_accounting_v2_export_payment_response import (
        ExportResponseOfAccountingV2ExportPaymentResponse,
    )
    from .inventory_bills_get_list_custom_field_fields import (
        InventoryBillsGetListCustomFieldFields,
    )
    from .inventory_bills_get_list_paginated_custom_field_fields import (
        InventoryBillsGetListPaginatedCustomFieldFields,
    )
    from .inventory_types_landed_cost_method import InventoryTypesLandedCostMethod
    from .invoices_get_list_custom_field_fields import InvoicesGetListCustomFieldFields
    from .journal_entries_get_list_custom_field import JournalEntriesGetListCustomField
    from .paginated_response_of_accounting_v2_ap_bill_response import (
        PaginatedResponseOfAccountingV2ApBillResponse,
    )
    from .paginated_response_of_accounting_v2_ap_credit_response import (
        PaginatedResponseOfAccountingV2ApCreditResponse,
    )
    from .paginated_response_of_accounting_v2_ap_payment_response import (
        PaginatedResponseOfAccountingV2ApPaymentResponse,
    )
    from .paginated_response_of_accounting_v2_credit_memos_credit_memo_items_public_response import (
        PaginatedResponseOfAccountingV2CreditMemosCreditMemoItemsPublicResponse,
    )
    from .paginated_response_of_accounting_v2_credit_memos_credit_memo_public_response import (
        PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse,
    )
    from .paginated_response_of_accounting_v2_credit_memos_credit_memos_items_public_response import (
        PaginatedResponseOfAccountingV2CreditMemosCreditMemosItemsPublicResponse,
    )
    from .paginated_response_of_accounting_v2_custom_field_type_response import (
        PaginatedResponseOfAccountingV2CustomFieldTypeResponse,
    )
    from .paginated_response_of_accounting_v2_detailed_deposit_response import (
        PaginatedResponseOfAccountingV2DetailedDepositResponse,
    )
    from .paginated_response_of_accounting_v2_detailed_payment_response import (
        PaginatedResponseOfAccountingV2DetailedPaymentResponse,
    )
    from .paginated_response_of_accounting_v2_detailed_transaction_response import (
        PaginatedResponseOfAccountingV2DetailedTransactionResponse,
    )
    from .paginated_response_of_accounting_v2_get_invoice_tasks_response import (
        PaginatedResponseOfAccountingV2GetInvoiceTasksResponse,
    )
    from .paginated_response_of_accounting_v2_gl_account_extended_response import (
        PaginatedResponseOfAccountingV2GlAccountExtendedResponse,
    )
    from .paginated_response_of_accounting_v2_gl_account_type_response import (
        PaginatedResponseOfAccountingV2GlAccountTypeResponse,
    )
    from .paginated_response_of_accounting_v2_inventory_bill_response import (
        PaginatedResponseOfAccountingV2InventoryBillResponse,
    )
    from .paginated_response_of_accounting_v2_invoice_response import (
        PaginatedResponseOfAccountingV2InvoiceResponse,
    )
    from .paginated_response_of_accounting_v2_payment_term_api_model import (
        PaginatedResponseOfAccountingV2PaymentTermAPIModel,
    )
    from .paginated_response_of_accounting_v2_payment_type_response import (
        PaginatedResponseOfAccountingV2PaymentTypeResponse,
    )
    from .paginated_response_of_accounting_v2_remittance_vendor_response import (
        PaginatedResponseOfAccountingV2RemittanceVendorResponse,
    )
    from .paginated_response_of_accounting_v2_tax_zone_response import (
        PaginatedResponseOfAccountingV2TaxZoneResponse,
    )
    from .payments_get_list_custom_field_fields import PaymentsGetListCustomFieldFields

_MODULE_OF = {
    "AccountingCustomFieldModel": ".accounting_custom_field_model",
    "AccountingShareActiveStateFilterType": ".accounting_share_active_state_filter_type",
    "AccountingV2AddressResponse": ".accounting_v2_address_response",
    "AccountingV2AdjustmentInvoiceCreateRequest": ".accounting_v2_adjustment_invoice_create_request",
    "AccountingV2ApBillExpenseItemResponse": ".accounting_v2_ap_bill_expense_item_response",
    "AccountingV2ApBillItemResponse": ".accounting_v2_ap_bill_item_response",
    "AccountingV2ApBillResponse": ".accounting_v2_ap_bill_response",
    "AccountingV2ApBillSource": ".accounting_v2_ap_bill_source",
    "AccountingV2ApBillStatus": ".accounting_v2_ap_bill_status",
    "AccountingV2ApBillSyncStatus": ".accounting_v2_ap_bill_sync_status",
    "AccountingV2ApBillThreeWayMatchDiscrepancy": ".accounting_v2_ap_bill_three_way_match_discrepancy",
    "AccountingV2ApBillType": ".accounting_v2_ap_bill_type",
    "AccountingV2ApCreditResponse": ".accounting_v2_ap_credit_response",
    "AccountingV2ApCreditSplitModelResponse": ".accounting_v2_ap_credit_split_model_response",
    "AccountingV2ApCreditSyncStatus": ".accounting_v2_ap_credit_sync_status",
    "AccountingV2ApPaymentMethod": ".accounting_v2_ap_payment_method",
    "AccountingV2ApPaymentResponse": ".accounting_v2_ap_payment_response",
    "AccountingV2ApPaymentSplitApiModel": ".accounting_v2_ap_payment_split_api_model",
    "AccountingV2ApPaymentStatus": ".accounting_v2_ap_payment_status",
    "AccountingV2ApPaymentSyncStatus": ".accounting_v2_ap_payment_sync_status",
    "AccountingV2BalanceComparer": ".accounting_v2_balance_comparer",
    "AccountingV2BankAccountResponse": ".accounting_v2_bank_account_response",
    "AccountingV2BatchResponse": ".accounting_v2_batch_response",
    "AccountingV2BillType": ".accounting_v2_bill_type",
    "AccountingV2CreateInvoiceTaskRequest": ".accounting_v2_create_invoice_task_request",
    "AccountingV2CreateInvoiceTaskRequestVariablesType0": ".accounting_v2_create_invoice_task_request_variables_type_0",
    "AccountingV2CreateInvoiceTaskResponse": ".accounting_v2_create_invoice_task_response",
    "AccountingV2CreatedTaskResponse": ".accounting_v2_created_task_response",
    "AccountingV2CreditMemosCreditMemoAddSplitPublicRequest": ".accounting_v2_credit_memos_credit_memo_add_split_public_request",
    "AccountingV2CreditMemosCreditMemoAddSplitPublicResponse": ".accounting_v2_credit_memos_credit_memo_add_split_public_response",
    "AccountingV2CreditMemosCreditMemoAddSplitsPublicRequest": ".accounting_v2_credit_memos_credit_memo_add_splits_public_request",
    "AccountingV2CreditMemosCreditMemoAddSplitsPublicResponse": ".accounting_v2_credit_memos_credit_memo_add_splits_public_response",
    "AccountingV2CreditMemosCreditMemoAppliedToCodeResponse": ".accounting_v2_credit_memos_credit_memo_applied_to_code_response",
    "AccountingV2CreditMemosCreditMemoItemGLAccountResponse": ".accounting_v2_credit_memos_credit_memo_item_gl_account_response",
    "AccountingV2CreditMemosCreditMemoItemNamedEntityResponse": ".accounting_v2_credit_memos_credit_memo_item_named_entity_response",
    "AccountingV2CreditMemosCreditMemoItemsPublicResponse": ".accounting_v2_credit_memos_credit_memo_items_public_response",
    "AccountingV2CreditMemosCreditMemoPublicResponse": ".accounting_v2_credit_memos_credit_memo_public_response",
    "AccountingV2CreditMemosCreditMemoUpdatePublicRequest": ".accounting_v2_credit_memos_credit_memo_update_public_request",
    "AccountingV2CreditMemosCreditMemoUpdatePublicResponse": ".accounting_v2_credit_memos_credit_memo_update_public_response",
    "AccountingV2CreditMemosCreditMemosItemsPublicResponse": ".accounting_v2_credit_memos_credit_memos_items_public_response",
    "AccountingV2CreditMemosMarkCreditMemoAsExportedRequest": ".accounting_v2_credit_memos_mark_credit_memo_as_exported_request",
    "AccountingV2CreditMemosMarkCreditMemoAsExportedResponse": ".accounting_v2_credit_memos_mark_credit_memo_as_exported_response",
    "AccountingV2CustomFieldDataType": ".accounting_v2_custom_field_data_type",
    "AccountingV2CustomFieldOperationRequest": ".accounting_v2_custom_field_operation_request",
    "AccountingV2CustomFieldPairRequest": ".accounting_v2_custom_field_pair_request",
    "AccountingV2CustomFieldResponse": ".accounting_v2_custom_field_response",
    "AccountingV2CustomFieldTypeResponse": ".accounting_v2_custom_field_type_response",
    "AccountingV2CustomFieldUpdateRequest": ".accounting_v2_custom_field_update_request",
    "AccountingV2DefaultAccountType": ".accounting_v2_default_account_type",
    "AccountingV2DepositReviewStatus": ".accounting_v2_deposit_review_status",
    "AccountingV2DepositStatus": ".accounting_v2_deposit_status",
    "AccountingV2DetailedDepositResponse": ".accounting_v2_detailed_deposit_response",
    "AccountingV2DetailedPaymentResponse": ".accounting_v2_detailed_payment_response",
    "AccountingV2DetailedTransactionResponse": ".accounting_v2_detailed_transaction_response",
    "AccountingV2DiscountAppliedBy": ".accounting_v2_discount_applied_by",
    "AccountingV2EmployeeInfoResponse": ".accounting_v2_employee_info_response",
    "AccountingV2EmptyJeHandling": ".accounting_v2_empty_je_handling",
    "AccountingV2ExportInventoryBillResponse": ".accounting_v2_export_inventory_bill_response",
    "AccountingV2ExportInvoiceItemResponse": ".accounting_v2_export_invoice_item_response",
    "AccountingV2ExportInvoiceResponse": ".accounting_v2_export_invoice_response",
    "AccountingV2ExportPaymentResponse": ".accounting_v2_export_payment_response",
    "AccountingV2ExternalObjectResponse": ".accounting_v2_external_object_response",
    "AccountingV2ExternalObjectSaveRequest": ".accounting_v2_external_object_save_request",
    "AccountingV2FeeAccountResponse": ".accounting_v2_fee_account_response",
    "AccountingV2GeneralLedgerAccount": ".accounting_v2_general_ledger_account",
    "AccountingV2GeneralLedgerAccountSource": ".accounting_v2_general_ledger_account_source",
    "AccountingV2GetInvoiceTasksResponse": ".accounting_v2_get_invoice_tasks_response",
    "AccountingV2GlAccountCreateRequest": ".accounting_v2_gl_account_create_request",
    "AccountingV2GlAccountExtendedResponse": ".accounting_v2_gl_account_extended_response",
    "AccountingV2GlAccountTypeResponse": ".accounting_v2_gl_account_type_response",
    "AccountingV2GlAccountUpdateRequest": ".accounting_v2_gl_account_update_request",
    "AccountingV2InterestChargeFrequency": ".accounting_v2_interest_charge_frequency",
    "AccountingV2InterestChargeMethod": ".accounting_v2_interest_charge_method",
    "AccountingV2InterestRateType": ".accounting_v2_interest_rate_type",
    "AccountingV2InterestSettingsAPIModel": ".accounting_v2_interest_settings_api_model",
    "AccountingV2InterestTargetInvoice": ".accounting_v2_interest_target_invoice",
    "AccountingV2InventoryBillItemResponse": ".accounting_v2_inventory_bill_item_response",
    "AccountingV2InventoryBillResponse": ".accounting_v2_inventory_bill_response",
    "AccountingV2InventoryBillSyncStatus": ".accounting_v2_inventory_bill_sync_status",
    "AccountingV2InventoryBillThreeWayMatchDiscrepancy": ".accounting_v2_inventory_bill_three_way_match_discrepancy",
    "AccountingV2InventoryLocationResponse": ".accounting_v2_inventory_location_response",
    "AccountingV2InvoiceConfiguration": ".accounting_v2_invoice_configuration",
    "AccountingV2InvoiceItemResponse": ".accounting_v2_invoice_item_response",
    "AccountingV2InvoiceItemType": ".accounting_v2_invoice_item_type",
    "AccountingV2InvoiceItemUpdateRequest": ".accounting_v2_invoice_item_update_request",
    "AccountingV2InvoiceResponse": ".accounting_v2_invoice_response",
    "AccountingV2InvoiceReviewStatus": ".accounting_v2_invoice_review_status",
    "AccountingV2InvoiceSentStatus": ".accounting_v2_invoice_sent_status",
    "AccountingV2InvoiceTaskRelationResponse": ".accounting_v2_invoice_task_relation_response",
    "AccountingV2InvoiceUpdateRequest": ".accounting_v2_invoice_update_request",
    "AccountingV2ItemGroupResponse": ".accounting_v2_item_group_response",
    "AccountingV2JobResponse": ".accounting_v2_job_response",
    "AccountingV2JournalEntryCostType": ".accounting_v2_journal_entry_cost_type",
    "AccountingV2JournalEntryCreateRequest": ".accounting_v2_journal_entry_create_request",
    "AccountingV2JournalEntryCreateRequestCustomFieldsType0": ".accounting_v2_journal_entry_create_request_custom_fields_type_0",
    "AccountingV2JournalEntryDetailsResponse": ".accounting_v2_journal_entry_details_response",
    "AccountingV2JournalEntryLineCreateRequest": ".accounting_v2_journal_entry_line_create_request",
    "AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse": ".accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_details_response",
    "AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse": ".accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_response",
    "AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntrySummaryResponse": ".accounting_v2_journal_entry_paging_response_of_accounting_v2_journal_entry_summary_response",
    "AccountingV2JournalEntryPostingStatus": ".accounting_v2_journal_entry_posting_status",
    "AccountingV2JournalEntryResponse": ".accounting_v2_journal_entry_response",
    "AccountingV2JournalEntrySaveRequest": ".accounting_v2_journal_entry_save_request",
    "AccountingV2JournalEntrySaveRequestCustomFieldsType0": ".accounting_v2_journal_entry_save_request_custom_fields_type_0",
    "AccountingV2JournalEntrySku": ".accounting_v2_journal_entry_sku",
    "AccountingV2JournalEntrySkuSaveRequest": ".accounting_v2_journal_entry_sku_save_request",
    "AccountingV2JournalEntrySkuType": ".accounting_v2_journal_entry_sku_type",
    "AccountingV2JournalEntrySource": ".accounting_v2_journal_entry_source",
    "AccountingV2JournalEntryStatus": ".accounting_v2_journal_entry_status",
    "AccountingV2JournalEntrySummaryResponse": ".accounting_v2_journal_entry_summary_response",
    "AccountingV2JournalEntrySyncStatus": ".accounting_v2_journal_entry_sync_status",
    "AccountingV2JournalEntrySyncUpdateRequest": ".accounting_v2_journal_entry_sync_update_request",
    "AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0": ".accounting_v2_journal_entry_sync_update_request_custom_fields_type_0",
    "AccountingV2JournalEntryTransaction": ".accounting_v2_journal_entry_transaction",
    "AccountingV2JournalEntryTransactionType": ".accounting_v2_journal_entry_transaction_type",
    "AccountingV2JournalEntryUpdateRequest": ".accounting_v2_journal_entry_update_request",
    "AccountingV2JournalEntryUpdateRequestCustomFieldsType0": ".accounting_v2_journal_entry_update_request_custom_fields_type_0",
    "AccountingV2LogicalOperator": ".accounting_v2_logical_operator",
    "AccountingV2MarkApBillAsExportedUpdateRequest": ".accounting_v2_mark_ap_bill_as_exported_update_request",
    "AccountingV2MarkApBillAsExportedUpdateResponse": ".accounting_v2_mark_ap_bill_as_exported_update_response",
    "AccountingV2MarkApCreditAsExportedUpdateRequest": ".accounting_v2_mark_ap_credit_as_exported_update_request",
    "AccountingV2MarkApCreditAsExportedUpdateResponse": ".accounting_v2_mark_ap_credit_as_exported_update_response",
    "AccountingV2MarkApPaymentAsExportedUpdateRequest": ".accounting_v2_mark_ap_payment_as_exported_update_request",
    "AccountingV2MarkApPaymentAsExportedUpdateResponse": ".accounting_v2_mark_ap_payment_as_exported_update_response",
    "AccountingV2MarkDepositsAsExportedRequestArgs": ".accounting_v2_mark_deposits_as_exported_request_args",
    "AccountingV2MarkInventoryBillAsExportedUpdateRequest": ".accounting_v2_mark_inventory_bill_as_exported_update_request",
    "AccountingV2MarkInventoryBillAsExportedUpdateResponse": ".accounting_v2_mark_inventory_bill_as_exported_update_response",
    "AccountingV2MarkInvoiceAsExportedUpdateRequest": ".accounting_v2_mark_invoice_as_exported_update_request",
    "AccountingV2MarkInvoiceAsExportedUpdateResponse": ".accounting_v2_mark_invoice_as_exported_update_response",
    "AccountingV2NamedFieldResponse": ".accounting_v2_named_field_response",
    "AccountingV2NumberFieldResponse": ".accounting_v2_number_field_response",
    "AccountingV2PaymentAppliedResponse": ".accounting_v2_payment_applied_response",
    "AccountingV2PaymentCreateRequest": ".accounting_v2_payment_create_request",
    "AccountingV2PaymentResponse": ".accounting_v2_payment_response",
    "AccountingV2PaymentSettlementUpdateRequest": ".accounting_v2_payment_settlement_update_request",
    "AccountingV2PaymentSplitApiModel": ".accounting_v2_payment_split_api_model",
    "AccountingV2PaymentStatus": ".accounting_v2_payment_status",
    "AccountingV2PaymentStatusBatchRequest": ".accounting_v2_payment_status_batch_request",
    "AccountingV2PaymentTermAPIModel": ".accounting_v2_payment_term_api_model",
    "AccountingV2PaymentTermApplyTo": ".accounting_v2_payment_term_apply_to",
    "AccountingV2PaymentTermDiscountAPIModel": ".accounting_v2_payment_term_discount_api_model",
    "AccountingV2PaymentTermDueDayType": ".accounting_v2_payment_term_due_day_type",
    "AccountingV2PaymentTermValueType": ".accounting_v2_payment_term_value_type",
    "AccountingV2PaymentTransactionType": ".accounting_v2_payment_transaction_type",
    "AccountingV2PaymentTypeResponse": ".accounting_v2_payment_type_response",
    "AccountingV2PaymentUpdateRequest": ".accounting_v2_payment_update_request",
    "AccountingV2RemittanceVendorContactInfoResponse": ".accounting_v2_remittance_vendor_contact_info_response",
    "AccountingV2RemittanceVendorResponse": ".accounting_v2_remittance_vendor_response",
    "AccountingV2RoyaltyResponse": ".accounting_v2_royalty_response",
    "AccountingV2RoyaltyStatus": ".accounting_v2_royalty_status",
    "AccountingV2SalesTaxResponse": ".accounting_v2_sales_tax_response",
    "AccountingV2SettlementStatus": ".accounting_v2_settlement_status",
    "AccountingV2SharedAmountComparisonOperator": ".accounting_v2_shared_amount_comparison_operator",
    "AccountingV2SyncStatus": ".accounting_v2_sync_status",
    "AccountingV2TaxBaseTypeNames": ".accounting_v2_tax_base_type_names",
    "AccountingV2TaxRateResponse": ".accounting_v2_tax_rate_response",
    "AccountingV2TaxZoneResponse": ".accounting_v2_tax_zone_response",
    "AccountingV2TemplateExecutionErrorResponse": ".accounting_v2_template_execution_error_response",
    "AccountingV2TransactionProcessingStatus": ".accounting_v2_transaction_processing_status",
    "AccountingV2TransactionStatus": ".accounting_v2_transaction_status",
    "AccountingV2UpdateInvoiceTaskRequest": ".accounting_v2_update_invoice_task_request",
    "AccountingV2UpdateInvoiceTaskResponse": ".accounting_v2_update_invoice_task_response",
    "AccountingV2VendorCreditStatus": ".accounting_v2_vendor_credit_status",
    "AccountingV2GLAccountResponse": ".accounting_v2gl_account_response",
    "ActiveRequestArg": ".active_request_arg",
    "ApBillsGetListPaginatedCustomFieldFields": ".ap_bills_get_list_paginated_custom_field_fields",
    "ApCreditsGetListCustomFieldFields": ".ap_credits_get_list_custom_field_fields",
    "ApPaymentsGetListCustomFieldFields": ".ap_payments_get_list_custom_field_fields",
    "ApiErrorResponse": ".api_error_response",
    "ApiErrorResponseData": ".api_error_response_data",
    "ApiErrorResponseErrors": ".api_error_response_errors",
    "CreditMemosGetCreditMemosListCustomFieldFields": ".credit_memos_get_credit_memos_list_custom_field_fields",
    "ExportResponseOfAccountingV2ExportInventoryBillResponse": ".export_response_of_accounting_v2_export_inventory_bill_response",
    "ExportResponseOfAccountingV2ExportInvoiceItemResponse": ".export_response_of_accounting_v2_export_invoice_item_response",
    "ExportResponseOfAccountingV2ExportInvoiceResponse": ".export_response_of_accounting_v2_export_invoice_response",
    "ExportResponseOfAccountingV2ExportPaymentResponse": ".export_response_of_accounting_v2_export_payment_response",
    "InventoryBillsGetListCustomFieldFields": ".inventory_bills_get_list_custom_field_fields",
    "InventoryBillsGetListPaginatedCustomFieldFields": ".inventory_bills_get_list_paginated_custom_field_fields",
    "InventoryTypesLandedCostMethod": ".inventory_types_landed_cost_method",
    "InvoicesGetListCustomFieldFields": ".invoices_get_list_custom_field_fields",
    "JournalEntriesGetListCustomField": ".journal_entries_get_list_custom_field",
    "PaginatedResponseOfAccountingV2ApBillResponse": ".paginated_response_of_accounting_v2_ap_bill_response",
    "PaginatedResponseOfAccountingV2ApCreditResponse": ".paginated_response_of_accounting_v2_ap_credit_response",
    "PaginatedResponseOfAccountingV2ApPaymentResponse": ".paginated_response_of_accounting_v2_ap_payment_response",
    "PaginatedResponseOfAccountingV2CreditMemosCreditMemoItemsPublicResponse": ".paginated_response_of_accounting_v2_credit_memos_credit_memo_items_public_response",
    "PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse": ".paginated_response_of_accounting_v2_credit_memos_credit_memo_public_response",
    "PaginatedResponseOfAccountingV2CreditMemosCreditMemosItemsPublicResponse": ".paginated_response_of_accounting_v2_credit_memos_credit_memos_items_public_response",
    "PaginatedResponseOfAccountingV2CustomFieldTypeResponse": ".paginated_response_of_accounting_v2_custom_field_type_response",
    "PaginatedResponseOfAccountingV2DetailedDepositResponse": ".paginated_response_of_accounting_v2_detailed_deposit_response",
    "PaginatedResponseOfAccountingV2DetailedPaymentResponse": ".paginated_response_of_accounting_v2_detailed_payment_response",
    "PaginatedResponseOfAccountingV2DetailedTransactionResponse": ".paginated_response_of_accounting_v2_detailed_transaction_response",
    "PaginatedResponseOfAccountingV2GetInvoiceTasksResponse": ".paginated_response_of_accounting_v2_get_invoice_tasks_response",
    "PaginatedResponseOfAccountingV2GlAccountExtendedResponse": ".paginated_response_of_accounting_v2_gl_account_extended_response",
    "PaginatedResponseOfAccountingV2GlAccountTypeResponse": ".paginated_response_of_accounting_v2_gl_account_type_response",
    "PaginatedResponseOfAccountingV2InventoryBillResponse": ".paginated_response_of_accounting_v2_inventory_bill_response",
    "PaginatedResponseOfAccountingV2InvoiceResponse": ".paginated_response_of_accounting_v2_invoice_response",
    "PaginatedResponseOfAccountingV2PaymentTermAPIModel": ".paginated_response_of_accounting_v2_payment_term_api_model",
    "PaginatedResponseOfAccountingV2PaymentTypeResponse": ".paginated_response_of_accounting_v2_payment_type_response",
    "PaginatedResponseOfAccountingV2RemittanceVendorResponse": ".paginated_response_of_accounting_v2_remittance_vendor_response",
    "PaginatedResponseOfAccountingV2TaxZoneResponse": ".paginated_response_of_accounting_v2_tax_zone_response",
    "PaymentsGetListCustomFieldFields": ".payments_get_list_custom_field_fields",
}

__all__ = (
    "AccountingCustomFieldModel",
    "AccountingShareActiveStateFilterType",
    "AccountingV2AddressResponse",
    "AccountingV2AdjustmentInvoiceCreateRequest",
    "AccountingV2ApBillExpenseItemResponse",
    "AccountingV2ApBillItemResponse",
    "AccountingV2ApBillResponse",
    "AccountingV2ApBillSource",
    "AccountingV2ApBillStatus",
    "AccountingV2ApBillSyncStatus",
    "AccountingV2ApBillThreeWayMatchDiscrepancy",
    "AccountingV2ApBillType",
    "AccountingV2ApCreditResponse",
    "AccountingV2ApCreditSplitModelResponse",
    "AccountingV2ApCreditSyncStatus",
    "AccountingV2ApPaymentMethod",
    "AccountingV2ApPaymentResponse",
    "AccountingV2ApPaymentSplitApiModel",
    "AccountingV2ApPaymentStatus",
    "AccountingV2ApPaymentSyncStatus",
    "AccountingV2BalanceComparer",
    "AccountingV2BankAccountResponse",
    "AccountingV2BatchResponse",
    "AccountingV2BillType",
    "AccountingV2CreateInvoiceTaskRequest",
    "AccountingV2CreateInvoiceTaskRequestVariablesType0",
    "AccountingV2CreateInvoiceTaskResponse",
    "AccountingV2CreatedTaskResponse",
    "AccountingV2CreditMemosCreditMemoAddSplitPublicRequest",
    "AccountingV2CreditMemosCreditMemoAddSplitPublicResponse",
    "AccountingV2CreditMemosCreditMemoAddSplitsPublicRequest",
    "AccountingV2CreditMemosCreditMemoAddSplitsPublicResponse",
    "AccountingV2CreditMemosCreditMemoAppliedToCodeResponse",
    "AccountingV2CreditMemosCreditMemoItemGLAccountResponse",
    "AccountingV2CreditMemosCreditMemoItemNamedEntityResponse",
    "AccountingV2CreditMemosCreditMemoItemsPublicResponse",
    "AccountingV2CreditMemosCreditMemoPublicResponse",
    "AccountingV2CreditMemosCreditMemoUpdatePublicRequest",
    "AccountingV2CreditMemosCreditMemoUpdatePublicResponse",
    "AccountingV2CreditMemosCreditMemosItemsPublicResponse",
    "AccountingV2CreditMemosMarkCreditMemoAsExportedRequest",
    "AccountingV2CreditMemosMarkCreditMemoAsExportedResponse",
    "AccountingV2CustomFieldDataType",
    "AccountingV2CustomFieldOperationRequest",
    "AccountingV2CustomFieldPairRequest",
    "AccountingV2CustomFieldResponse",
    "AccountingV2CustomFieldTypeResponse",
    "AccountingV2CustomFieldUpdateRequest",
    "AccountingV2DefaultAccountType",
    "AccountingV2DepositReviewStatus",
    "AccountingV2DepositStatus",
    "AccountingV2DetailedDepositResponse",
    "AccountingV2DetailedPaymentResponse",
    "AccountingV2DetailedTransactionResponse",
    "AccountingV2DiscountAppliedBy",
    "AccountingV2EmployeeInfoResponse",
    "AccountingV2EmptyJeHandling",
    "AccountingV2ExportInventoryBillResponse",
    "AccountingV2ExportInvoiceItemResponse",
    "AccountingV2ExportInvoiceResponse",
    "AccountingV2ExportPaymentResponse",
    "AccountingV2ExternalObjectResponse",
    "AccountingV2ExternalObjectSaveRequest",
    "AccountingV2FeeAccountResponse",
    "AccountingV2GLAccountResponse",
    "AccountingV2GeneralLedgerAccount",
    "AccountingV2GeneralLedgerAccountSource",
    "AccountingV2GetInvoiceTasksResponse",
    "AccountingV2GlAccountCreateRequest",
    "AccountingV2GlAccountExtendedResponse",
    "AccountingV2GlAccountTypeResponse",
    "AccountingV2GlAccountUpdateRequest",
    "AccountingV2InterestChargeFrequency",
    "AccountingV2InterestChargeMethod",
    "AccountingV2InterestRateType",
    "AccountingV2InterestSettingsAPIModel",
    "AccountingV2InterestTargetInvoice",
    "AccountingV2InventoryBillItemResponse",
    "AccountingV2InventoryBillResponse",
    "AccountingV2InventoryBillSyncStatus",
    "AccountingV2InventoryBillThreeWayMatchDiscrepancy",
    "AccountingV2InventoryLocationResponse",
    "AccountingV2InvoiceConfiguration",
    "AccountingV2InvoiceItemResponse",
    "AccountingV2InvoiceItemType",
    "AccountingV2InvoiceItemUpdateRequest",
    "AccountingV2InvoiceResponse",
    "AccountingV2InvoiceReviewStatus",
    "AccountingV2InvoiceSentStatus",
    "AccountingV2InvoiceTaskRelationResponse",
    "AccountingV2InvoiceUpdateRequest",
    "AccountingV2ItemGroupResponse",
    "AccountingV2JobResponse",
    "AccountingV2JournalEntryCostType",
    "AccountingV2JournalEntryCreateRequest",
    "AccountingV2JournalEntryCreateRequestCustomFieldsType0",
    "AccountingV2JournalEntryDetailsResponse",
    "AccountingV2JournalEntryLineCreateRequest",
    "AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryDetailsResponse",
    "AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntryResponse",
    "AccountingV2JournalEntryPagingResponseOfAccountingV2JournalEntrySummaryResponse",
    "AccountingV2JournalEntryPostingStatus",
    "AccountingV2JournalEntryResponse",
    "AccountingV2JournalEntrySaveRequest",
    "AccountingV2JournalEntrySaveRequestCustomFieldsType0",
    "AccountingV2JournalEntrySku",
    "AccountingV2JournalEntrySkuSaveRequest",
    "AccountingV2JournalEntrySkuType",
    "AccountingV2JournalEntrySource",
    "AccountingV2JournalEntryStatus",
    "AccountingV2JournalEntrySummaryResponse",
    "AccountingV2JournalEntrySyncStatus",
    "AccountingV2JournalEntrySyncUpdateRequest",
    "AccountingV2JournalEntrySyncUpdateRequestCustomFieldsType0",
    "AccountingV2JournalEntryTransaction",
    "AccountingV2JournalEntryTransactionType",
    "AccountingV2JournalEntryUpdateRequest",
    "AccountingV2JournalEntryUpdateRequestCustomFieldsType0",
    "AccountingV2LogicalOperator",
    "AccountingV2MarkApBillAsExportedUpdateRequest",
    "AccountingV2MarkApBillAsExportedUpdateResponse",
    "AccountingV2MarkApCreditAsExportedUpdateRequest",
    "AccountingV2MarkApCreditAsExportedUpdateResponse",
    "AccountingV2MarkApPaymentAsExportedUpdateRequest",
    "AccountingV2MarkApPaymentAsExportedUpdateResponse",
    "AccountingV2MarkDepositsAsExportedRequestArgs",
    "AccountingV2MarkInventoryBillAsExportedUpdateRequest",
    "AccountingV2MarkInventoryBillAsExportedUpdateResponse",
    "AccountingV2MarkInvoiceAsExportedUpdateRequest",
    "AccountingV2MarkInvoiceAsExportedUpdateResponse",
    "AccountingV2NamedFieldResponse",
    "AccountingV2NumberFieldResponse",
    "AccountingV2PaymentAppliedResponse",
    "AccountingV2PaymentCreateRequest",
    "AccountingV2PaymentResponse",
    "AccountingV2PaymentSettlementUpdateRequest",
    "AccountingV2PaymentSplitApiModel",
    "AccountingV2PaymentStatus",
    "AccountingV2PaymentStatusBatchRequest",
    "AccountingV2PaymentTermAPIModel",
    "AccountingV2PaymentTermApplyTo",
    "AccountingV2PaymentTermDiscountAPIModel",
    "AccountingV2PaymentTermDueDayType",
    "AccountingV2PaymentTermValueType",
    "AccountingV2PaymentTransactionType",
    "AccountingV2PaymentTypeResponse",
    "AccountingV2PaymentUpdateRequest",
    "AccountingV2RemittanceVendorContactInfoResponse",
    "AccountingV2RemittanceVendorResponse",
    "AccountingV2RoyaltyResponse",
    "AccountingV2RoyaltyStatus",
    "AccountingV2SalesTaxResponse",
    "AccountingV2SettlementStatus",
    "AccountingV2SharedAmountComparisonOperator",
    "AccountingV2SyncStatus",
    "AccountingV2TaxBaseTypeNames",
    "AccountingV2TaxRateResponse",
    "AccountingV2TaxZoneResponse",
    "AccountingV2TemplateExecutionErrorResponse",
    "AccountingV2TransactionProcessingStatus",
    "AccountingV2TransactionStatus",
    "AccountingV2UpdateInvoiceTaskRequest",
    "AccountingV2UpdateInvoiceTaskResponse",
    "AccountingV2VendorCreditStatus",
    "ActiveRequestArg",
    "ApBillsGetListPaginatedCustomFieldFields",
    "ApCreditsGetListCustomFieldFields",
    "ApPaymentsGetListCustomFieldFields",
    "ApiErrorResponse",
    "ApiErrorResponseData",
    "ApiErrorResponseErrors",
    "CreditMemosGetCreditMemosListCustomFieldFields",
    "ExportResponseOfAccountingV2ExportInventoryBillResponse",
    "ExportResponseOfAccountingV2ExportInvoiceItemResponse",
    "ExportResponseOfAccountingV2ExportInvoiceResponse",
    "ExportResponseOfAccountingV2ExportPaymentResponse",
    "InventoryBillsGetListCustomFieldFields",
    "InventoryBillsGetListPaginatedCustomFieldFields",
    "InventoryTypesLandedCostMethod",
    "InvoicesGetListCustomFieldFields",
    "JournalEntriesGetListCustomField",
    "PaginatedResponseOfAccountingV2ApBillResponse",
    "PaginatedResponseOfAccountingV2ApCreditResponse",
    "PaginatedResponseOfAccountingV2ApPaymentResponse",
    "PaginatedResponseOfAccountingV2CreditMemosCreditMemoItemsPublicResponse",
    "PaginatedResponseOfAccountingV2CreditMemosCreditMemoPublicResponse",
    "PaginatedResponseOfAccountingV2CreditMemosCreditMemosItemsPublicResponse",
    "PaginatedResponseOfAccountingV2CustomFieldTypeResponse",
    "PaginatedResponseOfAccountingV2DetailedDepositResponse",
    "PaginatedResponseOfAccountingV2DetailedPaymentResponse",
    "PaginatedResponseOfAccountingV2DetailedTransactionResponse",
    "PaginatedResponseOfAccountingV2GetInvoiceTasksResponse",
    "PaginatedResponseOfAccountingV2GlAccountExtendedResponse",
    "PaginatedResponseOfAccountingV2GlAccountTypeResponse",
    "PaginatedResponseOfAccountingV2InventoryBillResponse",
    "PaginatedResponseOfAccountingV2InvoiceResponse",
    "PaginatedResponseOfAccountingV2PaymentTermAPIModel",
    "PaginatedResponseOfAccountingV2PaymentTypeResponse",
    "PaginatedResponseOfAccountingV2RemittanceVendorResponse",
    "PaginatedResponseOfAccountingV2TaxZoneResponse",
    "PaymentsGetListCustomFieldFields",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
