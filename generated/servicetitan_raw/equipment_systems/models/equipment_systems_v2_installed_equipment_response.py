from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._dates import date_of as _date_of
from .. import models as _models
from ..models.location_equipment_installed_equipment_status import (
    LocationEquipmentInstalledEquipmentStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.equipment_systems_v2_installed_equipment_type_model import (
        EquipmentSystemsV2InstalledEquipmentTypeModel,
    )
    from ..models.equipment_systems_v2_tag_response_model import (
        EquipmentSystemsV2TagResponseModel,
    )


T = TypeVar("T", bound="EquipmentSystemsV2InstalledEquipmentResponse")


@_attrs_define
class EquipmentSystemsV2InstalledEquipmentResponse:
    """
    Attributes:
        active (bool):
        cost (float):
        created_on (datetime.datetime):
        customer_id (int):
        id (int):
        location_id (int):
        manufacturer (str):
        memo (str):
        model (str):
        modified_on (datetime.datetime):
        name (str):
        serial_number (str):
        status (LocationEquipmentInstalledEquipmentStatus):
        actual_replacement_date (datetime.date | None | Unset):
        barcode_id (None | str | Unset):
        equipment_id (int | None | Unset):
        installed_on (datetime.datetime | None | Unset):
        invoice_item_id (int | None | Unset):
        manufactured_on (datetime.date | None | Unset):
        manufacturer_warranty_end (datetime.datetime | None | Unset):
        manufacturer_warranty_start (datetime.datetime | None | Unset):
        predicted_replacement_date (datetime.date | None | Unset):
        predicted_replacement_months (int | None | Unset):
        service_provider_warranty_end (datetime.datetime | None | Unset):
        service_provider_warranty_start (datetime.datetime | None | Unset):
        tags (list[EquipmentSystemsV2TagResponseModel] | None | Unset):
        type_ (EquipmentSystemsV2InstalledEquipmentTypeModel | None | Unset):
    """

    active: bool
    cost: float
    created_on: datetime.datetime
    customer_id: int
    id: int
    location_id: int
    manufacturer: str
    memo: str
    model: str
    modified_on: datetime.datetime
    name: str
    serial_number: str
    status: LocationEquipmentInstalledEquipmentStatus
    actual_replacement_date: datetime.date | None | Unset = UNSET
    barcode_id: None | str | Unset = UNSET
    equipment_id: int | None | Unset = UNSET
    installed_on: datetime.datetime | None | Unset = UNSET
    invoice_item_id: int | None | Unset = UNSET
    manufactured_on: datetime.date | None | Unset = UNSET
    manufacturer_warranty_end: datetime.datetime | None | Unset = UNSET
    manufacturer_warranty_start: datetime.datetime | None | Unset = UNSET
    predicted_replacement_date: datetime.date | None | Unset = UNSET
    predicted_replacement_months: int | None | Unset = UNSET
    service_provider_warranty_end: datetime.datetime | None | Unset = UNSET
    service_provider_warranty_start: datetime.datetime | None | Unset = UNSET
    tags: list[EquipmentSystemsV2TagResponseModel] | None | Unset = UNSET
    type_: EquipmentSystemsV2InstalledEquipmentTypeModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "cost",
        "createdOn",
        "customerId",
        "id",
        "locationId",
        "manufacturer",
        "memo",
        "model",
        "modifiedOn",
        "name",
        "serialNumber",
        "status",
        "actualReplacementDate",
        "barcodeId",
        "equipmentId",
        "installedOn",
        "invoiceItemId",
        "manufacturedOn",
        "manufacturerWarrantyEnd",
        "manufacturerWarrantyStart",
        "predictedReplacementDate",
        "predictedReplacementMonths",
        "serviceProviderWarrantyEnd",
        "serviceProviderWarrantyStart",
        "tags",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.equipment_systems_v2_installed_equipment_type_model import (
            EquipmentSystemsV2InstalledEquipmentTypeModel,
        )

        active = self.active

        cost = self.cost

        created_on = self.created_on.isoformat()

        customer_id = self.customer_id

        id = self.id

        location_id = self.location_id

        manufacturer = self.manufacturer

        memo = self.memo

        model = self.model

        modified_on = self.modified_on.isoformat()

        name = self.name

        serial_number = self.serial_number

        status = self.status.value

        actual_replacement_date: None | str | Unset
        if isinstance(self.actual_replacement_date, Unset):
            actual_replacement_date = UNSET
        elif isinstance(self.actual_replacement_date, datetime.date):
            actual_replacement_date = self.actual_replacement_date.isoformat()
        else:
            actual_replacement_date = self.actual_replacement_date

        barcode_id: None | str | Unset
        if isinstance(self.barcode_id, Unset):
            barcode_id = UNSET
        else:
            barcode_id = self.barcode_id

        equipment_id: int | None | Unset
        if isinstance(self.equipment_id, Unset):
            equipment_id = UNSET
        else:
            equipment_id = self.equipment_id

        installed_on: None | str | Unset
        if isinstance(self.installed_on, Unset):
            installed_on = UNSET
        elif isinstance(self.installed_on, datetime.datetime):
            installed_on = self.installed_on.isoformat()
        else:
            installed_on = self.installed_on

        invoice_item_id: int | None | Unset
        if isinstance(self.invoice_item_id, Unset):
            invoice_item_id = UNSET
        else:
            invoice_item_id = self.invoice_item_id

        manufactured_on: None | str | Unset
        if isinstance(self.manufactured_on, Unset):
            manufactured_on = UNSET
        elif isinstance(self.manufactured_on, datetime.date):
            manufactured_on = self.manufactured_on.isoformat()
        else:
            manufactured_on = self.manufactured_on

        manufacturer_warranty_end: None | str | Unset
        if isinstance(self.manufacturer_warranty_end, Unset):
            manufacturer_warranty_end = UNSET
        elif isinstance(self.manufacturer_warranty_end, datetime.datetime):
            manufacturer_warranty_end = self.manufacturer_warranty_end.isoformat()
        else:
            manufacturer_warranty_end = self.manufacturer_warranty_end

        manufacturer_warranty_start: None | str | Unset
        if isinstance(self.manufacturer_warranty_start, Unset):
            manufacturer_warranty_start = UNSET
        elif isinstance(self.manufacturer_warranty_start, datetime.datetime):
            manufacturer_warranty_start = self.manufacturer_warranty_start.isoformat()
        else:
            manufacturer_warranty_start = self.manufacturer_warranty_start

        predicted_replacement_date: None | str | Unset
        if isinstance(self.predicted_replacement_date, Unset):
            predicted_replacement_date = UNSET
        elif isinstance(self.predicted_replacement_date, datetime.date):
            predicted_replacement_date = self.predicted_replacement_date.isoformat()
        else:
            predicted_replacement_date = self.predicted_replacement_date

        predicted_replacement_months: int | None | Unset
        if isinstance(self.predicted_replacement_months, Unset):
            predicted_replacement_months = UNSET
        else:
            predicted_replacement_months = self.predicted_replacement_months

        service_provider_warranty_end: None | str | Unset
        if isinstance(self.service_provider_warranty_end, Unset):
            service_provider_warranty_end = UNSET
        elif isinstance(self.service_provider_warranty_end, datetime.datetime):
            service_provider_warranty_end = (
                self.service_provider_warranty_end.isoformat()
            )
        else:
            service_provider_warranty_end = self.service_provider_warranty_end

        service_provider_warranty_start: None | str | Unset
        if isinstance(self.service_provider_warranty_start, Unset):
            service_provider_warranty_start = UNSET
        elif isinstance(self.service_provider_warranty_start, datetime.datetime):
            service_provider_warranty_start = (
                self.service_provider_warranty_start.isoformat()
            )
        else:
            service_provider_warranty_start = self.service_provider_warranty_start

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EquipmentSystemsV2InstalledEquipmentTypeModel):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "cost": cost,
                "createdOn": created_on,
                "customerId": customer_id,
                "id": id,
                "locationId": location_id,
                "manufacturer": manufacturer,
                "memo": memo,
                "model": model,
                "modifiedOn": modified_on,
                "name": name,
                "serialNumber": serial_number,
                "status": status,
            }
        )
        if actual_replacement_date is not UNSET:
            field_dict["actualReplacementDate"] = actual_replacement_date
        if barcode_id is not UNSET:
            field_dict["barcodeId"] = barcode_id
        if equipment_id is not UNSET:
            field_dict["equipmentId"] = equipment_id
        if installed_on is not UNSET:
            field_dict["installedOn"] = installed_on
        if invoice_item_id is not UNSET:
            field_dict["invoiceItemId"] = invoice_item_id
        if manufactured_on is not UNSET:
            field_dict["manufacturedOn"] = manufactured_on
        if manufacturer_warranty_end is not UNSET:
            field_dict["manufacturerWarrantyEnd"] = manufacturer_warranty_end
        if manufacturer_warranty_start is not UNSET:
            field_dict["manufacturerWarrantyStart"] = manufacturer_warranty_start
        if predicted_replacement_date is not UNSET:
            field_dict["predictedReplacementDate"] = predicted_replacement_date
        if predicted_replacement_months is not UNSET:
            field_dict["predictedReplacementMonths"] = predicted_replacement_months
        if service_provider_warranty_end is not UNSET:
            field_dict["serviceProviderWarrantyEnd"] = service_provider_warranty_end
        if service_provider_warranty_start is not UNSET:
            field_dict["serviceProviderWarrantyStart"] = service_provider_warranty_start
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        cost = d.pop("cost")

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        customer_id = d.pop("customerId")

        id = d.pop("id")

        location_id = d.pop("locationId")

        manufacturer = d.pop("manufacturer")

        memo = d.pop("memo")

        model = d.pop("model")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        serial_number = d.pop("serialNumber")

        status = LocationEquipmentInstalledEquipmentStatus(d.pop("status"))

        actual_replacement_date = d.pop("actualReplacementDate", UNSET)
        if actual_replacement_date is not None and not isinstance(
            actual_replacement_date, Unset
        ):
            if not isinstance(actual_replacement_date, str):
                raise TypeError()
            actual_replacement_date_type_0 = _date_of(actual_replacement_date)

            actual_replacement_date = actual_replacement_date_type_0

        barcode_id = d.pop("barcodeId", UNSET)

        equipment_id = d.pop("equipmentId", UNSET)

        installed_on = d.pop("installedOn", UNSET)
        if installed_on is not None and not isinstance(installed_on, Unset):
            if not isinstance(installed_on, str):
                raise TypeError()
            installed_on_type_0 = datetime.datetime.fromisoformat(installed_on)

            installed_on = installed_on_type_0

        invoice_item_id = d.pop("invoiceItemId", UNSET)

        manufactured_on = d.pop("manufacturedOn", UNSET)
        if manufactured_on is not None and not isinstance(manufactured_on, Unset):
            if not isinstance(manufactured_on, str):
                raise TypeError()
            manufactured_on_type_0 = _date_of(manufactured_on)

            manufactured_on = manufactured_on_type_0

        manufacturer_warranty_end = d.pop("manufacturerWarrantyEnd", UNSET)
        if manufacturer_warranty_end is not None and not isinstance(
            manufacturer_warranty_end, Unset
        ):
            if not isinstance(manufacturer_warranty_end, str):
                raise TypeError()
            manufacturer_warranty_end_type_0 = datetime.datetime.fromisoformat(
                manufacturer_warranty_end
            )

            manufacturer_warranty_end = manufacturer_warranty_end_type_0

        manufacturer_warranty_start = d.pop("manufacturerWarrantyStart", UNSET)
        if manufacturer_warranty_start is not None and not isinstance(
            manufacturer_warranty_start, Unset
        ):
            if not isinstance(manufacturer_warranty_start, str):
                raise TypeError()
            manufacturer_warranty_start_type_0 = datetime.datetime.fromisoformat(
                manufacturer_warranty_start
            )

            manufacturer_warranty_start = manufacturer_warranty_start_type_0

        predicted_replacement_date = d.pop("predictedReplacementDate", UNSET)
        if predicted_replacement_date is not None and not isinstance(
            predicted_replacement_date, Unset
        ):
            if not isinstance(predicted_replacement_date, str):
                raise TypeError()
            predicted_replacement_date_type_0 = _date_of(predicted_replacement_date)

            predicted_replacement_date = predicted_replacement_date_type_0

        predicted_replacement_months = d.pop("predictedReplacementMonths", UNSET)

        service_provider_warranty_end = d.pop("serviceProviderWarrantyEnd", UNSET)
        if service_provider_warranty_end is not None and not isinstance(
            service_provider_warranty_end, Unset
        ):
            if not isinstance(service_provider_warranty_end, str):
                raise TypeError()
            service_provider_warranty_end_type_0 = datetime.datetime.fromisoformat(
                service_provider_warranty_end
            )

            service_provider_warranty_end = service_provider_warranty_end_type_0

        service_provider_warranty_start = d.pop("serviceProviderWarrantyStart", UNSET)
        if service_provider_warranty_start is not None and not isinstance(
            service_provider_warranty_start, Unset
        ):
            if not isinstance(service_provider_warranty_start, str):
                raise TypeError()
            service_provider_warranty_start_type_0 = datetime.datetime.fromisoformat(
                service_provider_warranty_start
            )

            service_provider_warranty_start = service_provider_warranty_start_type_0

        tags = d.pop("tags", UNSET)
        if tags is not None and not isinstance(tags, Unset):
            if not isinstance(tags, list):
                raise TypeError()
            tags_type_0 = [
                _models.EquipmentSystemsV2TagResponseModel.from_dict(
                    tags_type_0_item_data
                )
                for tags_type_0_item_data in tags
            ]

            tags = tags_type_0

        type_ = d.pop("type", UNSET)
        if type_ is not None and not isinstance(type_, Unset):
            if not isinstance(type_, dict):
                raise TypeError()
            type_type_0 = (
                _models.EquipmentSystemsV2InstalledEquipmentTypeModel.from_dict(type_)
            )

            type_ = type_type_0

        equipment_systems_v2_installed_equipment_response = cls(
            active,
            cost,
            created_on,
            customer_id,
            id,
            location_id,
            manufacturer,
            memo,
            model,
            modified_on,
            name,
            serial_number,
            status,
            actual_replacement_date,
            barcode_id,
            equipment_id,
            installed_on,
            invoice_item_id,
            manufactured_on,
            manufacturer_warranty_end,
            manufacturer_warranty_start,
            predicted_replacement_date,
            predicted_replacement_months,
            service_provider_warranty_end,
            service_provider_warranty_start,
            tags,
            type_,
        )

        equipment_systems_v2_installed_equipment_response.additional_properties = dict(
            d
        )
        return equipment_systems_v2_installed_equipment_response

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
