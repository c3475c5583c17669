from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_credit_memos_credit_memo_add_split_public_request import (
        AccountingV2CreditMemosCreditMemoAddSplitPublicRequest,
    )


T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoAddSplitsPublicRequest")


@_attrs_define
class AccountingV2CreditMemosCreditMemoAddSplitsPublicRequest:
    """
    Attributes:
        splits (list[AccountingV2CreditMemosCreditMemoAddSplitPublicRequest | None] | None | Unset):
    """

    splits: (
        list[AccountingV2CreditMemosCreditMemoAddSplitPublicRequest | None]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = ("splits",)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounting_v2_credit_memos_credit_memo_add_split_public_request import (
            AccountingV2CreditMemosCreditMemoAddSplitPublicRequest,
        )

        splits: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.splits, Unset):
            splits = UNSET
        elif isinstance(self.splits, list):
            splits = []
            for splits_type_0_item_data in self.splits:
                splits_type_0_item: dict[str, Any] | None
                if isinstance(
                    splits_type_0_item_data,
                    AccountingV2CreditMemosCreditMemoAddSplitPublicRequest,
                ):
                    splits_type_0_item = splits_type_0_item_data.to_dict()
                else:
                    splits_type_0_item = splits_type_0_item_data
                splits.append(splits_type_0_item)

        else:
            splits = self.splits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if splits is not UNSET:
            field_dict["splits"] = splits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        splits = d.pop("splits", UNSET)
        if splits is not None and not isinstance(splits, Unset):
            if not isinstance(splits, list):
                raise TypeError()
            splits_type_0 = []
            for splits_type_0_item_data in splits:
                splits_type_0_item = splits_type_0_item_data
                if splits_type_0_item is not None:
                    if not isinstance(splits_type_0_item, dict):
                        raise TypeError()
                    splits_type_0_item_type_0 = _models.AccountingV2CreditMemosCreditMemoAddSplitPublicRequest.from_dict(
                        splits_type_0_item
                    )

                    splits_type_0_item = splits_type_0_item_type_0

                splits_type_0.append(splits_type_0_item)

            splits = splits_type_0

        accounting_v2_credit_memos_credit_memo_add_splits_public_request = cls(
            splits,
        )

        accounting_v2_credit_memos_credit_memo_add_splits_public_request.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memo_add_splits_public_request

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
