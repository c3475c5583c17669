from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inventory_v2_external_data_create_request import (
        InventoryV2ExternalDataCreateRequest,
    )


T = TypeVar("T", bound="InventoryV2CreateTruckRequest")


@_attrs_define
class InventoryV2CreateTruckRequest:
    """
    Attributes:
        name (str):
        warehouse_id (int):
        external_data (InventoryV2ExternalDataCreateRequest | None | Unset):
        memo (None | str | Unset):
        technician_ids (list[int] | None | Unset):
        template_id (int | None | Unset):
    """

    name: str
    warehouse_id: int
    external_data: InventoryV2ExternalDataCreateRequest | None | Unset = UNSET
    memo: None | str | Unset = UNSET
    technician_ids: list[int] | None | Unset = UNSET
    template_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "name",
        "warehouseId",
        "externalData",
        "memo",
        "technicianIds",
        "templateId",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.inventory_v2_external_data_create_request import (
            InventoryV2ExternalDataCreateRequest,
        )

        name = self.name

        warehouse_id = self.warehouse_id

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, InventoryV2ExternalDataCreateRequest):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        technician_ids: list[int] | None | Unset
        if isinstance(self.technician_ids, Unset):
            technician_ids = UNSET
        elif isinstance(self.technician_ids, list):
            technician_ids = self.technician_ids

        else:
            technician_ids = self.technician_ids

        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "warehouseId": warehouse_id,
            }
        )
        if external_data is not UNSET:
            field_dict["externalData"] = external_data
        if memo is not UNSET:
            field_dict["memo"] = memo
        if technician_ids is not UNSET:
            field_dict["technicianIds"] = technician_ids
        if template_id is not UNSET:
            field_dict["templateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        warehouse_id = d.pop("warehouseId")

        external_data = d.pop("externalData", UNSET)
        if external_data is not None and not isinstance(external_data, Unset):
            if not isinstance(external_data, dict):
                raise TypeError()
            external_data_type_0 = (
                _models.InventoryV2ExternalDataCreateRequest.from_dict(external_data)
            )

            external_data = external_data_type_0

        memo = d.pop("memo", UNSET)

        technician_ids = d.pop("technicianIds", UNSET)
        if technician_ids is not None and not isinstance(technician_ids, Unset):
            if not isinstance(technician_ids, list):
                raise TypeError()
            technician_ids_type_0 = technician_ids

            technician_ids = technician_ids_type_0

        template_id = d.pop("templateId", UNSET)

        inventory_v2_create_truck_request = cls(
            name,
            warehouse_id,
            external_data,
            memo,
            technician_ids,
            template_id,
        )

        inventory_v2_create_truck_request.additional_properties = dict(d)
        return inventory_v2_create_truck_request

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
