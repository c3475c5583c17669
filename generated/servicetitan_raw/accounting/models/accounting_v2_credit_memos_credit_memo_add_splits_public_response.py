from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounting_v2_credit_memos_credit_memo_add_split_public_response import (
        AccountingV2CreditMemosCreditMemoAddSplitPublicResponse,
    )


T = TypeVar("T", bound="AccountingV2CreditMemosCreditMemoAddSplitsPublicResponse")


@_attrs_define
class AccountingV2CreditMemosCreditMemoAddSplitsPublicResponse:
    """
    Attributes:
        id (int):
        splits (list[AccountingV2CreditMemosCreditMemoAddSplitPublicResponse] | None | Unset):
    """

    id: int
    splits: (
        list[AccountingV2CreditMemosCreditMemoAddSplitPublicResponse] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "id",
        "splits",
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        splits: list[dict[str, Any]] | None | Unset
        if isinstance(self.splits, Unset):
            splits = UNSET
        elif isinstance(self.splits, list):
            splits = []
            for splits_type_0_item_data in self.splits:
                splits_type_0_item = splits_type_0_item_data.to_dict()
                splits.append(splits_type_0_item)

        else:
            splits = self.splits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if splits is not UNSET:
            field_dict["splits"] = splits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        splits = d.pop("splits", UNSET)
        if splits is not None and not isinstance(splits, Unset):
            if not isinstance(splits, list):
                raise TypeError()
            splits_type_0 = [
                _models.AccountingV2CreditMemosCreditMemoAddSplitPublicResponse.from_dict(
                    splits_type_0_item_data
                )
                for splits_type_0_item_data in splits
            ]

            splits = splits_type_0

        accounting_v2_credit_memos_credit_memo_add_splits_public_response = cls(
            id,
            splits,
        )

        accounting_v2_credit_memos_credit_memo_add_splits_public_response.additional_properties = dict(
            d
        )
        return accounting_v2_credit_memos_credit_memo_add_splits_public_response

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
