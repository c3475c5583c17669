from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models

if TYPE_CHECKING:
    from ..models.pricebook_v2_external_data_model import PricebookV2ExternalDataModel


T = TypeVar("T", bound="PricebookV2ExternalDataCreateRequest")


@_attrs_define
class PricebookV2ExternalDataCreateRequest:
    """
    Attributes:
        application_guid (str):
        external_data (list[PricebookV2ExternalDataModel]):
    """

    application_guid: str
    external_data: list[PricebookV2ExternalDataModel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "applicationGuid",
        "externalData",
    )

    def to_dict(self) -> dict[str, Any]:
        application_guid = self.application_guid

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationGuid": application_guid,
                "externalData": external_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_guid = d.pop("applicationGuid")

        external_data = [
            _models.PricebookV2ExternalDataModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        pricebook_v2_external_data_create_request = cls(
            application_guid,
            external_data,
        )

        pricebook_v2_external_data_create_request.additional_properties = dict(d)
        return pricebook_v2_external_data_create_request

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
