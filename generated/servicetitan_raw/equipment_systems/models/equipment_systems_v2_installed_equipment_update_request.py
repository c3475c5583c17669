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
    from ..models.equipment_systems_v2_attachment_api_model import (
        EquipmentSystemsV2AttachmentApiModel,
    )
    from ..models.equipment_systems_v2_custom_field_request_model import (
        EquipmentSystemsV2CustomFieldRequestModel,
    )


T = TypeVar("T", bound="EquipmentSystemsV2InstalledEquipmentUpdateRequest")


@_attrs_define
class EquipmentSystemsV2InstalledEquipmentUpdateRequest:
    """
    Attributes:
        active (bool | Unset):
        actual_replacement_date (datetime.date | None | Unset):
        attachments (list[EquipmentSystemsV2AttachmentApiModel | None] | Unset):
        barcode_id (str | Unset):
        cost (float | None | Unset):
        custom_fields (list[EquipmentSystemsV2CustomFieldRequestModel | None] | Unset):
        equipment_type_id (int | Unset):
        installed_on (datetime.datetime | None | Unset):
        manufactured_on (datetime.date | None | Unset):
        manufacturer (str | Unset):
        manufacturer_warranty_end (datetime.datetime | None | Unset):
        manufacturer_warranty_start (datetime.datetime | None | Unset):
        memo (str | Unset):
        model (str | Unset):
        name (str | Unset):
        serial_number (str | Unset):
        service_provider_warranty_end (datetime.datetime | None | Unset):
        service_provider_warranty_start (datetime.datetime | None | Unset):
        status (LocationEquipmentInstalledEquipmentStatus | Unset):
        tag_type_ids (list[int] | Unset):
    """

    active: bool | Unset = UNSET
    actual_replacement_date: datetime.date | None | Unset = UNSET
    attachments: list[EquipmentSystemsV2AttachmentApiModel | None] | Unset = UNSET
    barcode_id: str | Unset = UNSET
    cost: float | None | Unset = UNSET
    custom_fields: list[EquipmentSystemsV2CustomFieldRequestModel | None] | Unset = (
        UNSET
    )
    equipment_type_id: int | Unset = UNSET
    installed_on: datetime.datetime | None | Unset = UNSET
    manufactured_on: datetime.date | None | Unset = UNSET
    manufacturer: str | Unset = UNSET
    manufacturer_warranty_end: datetime.datetime | None | Unset = UNSET
    manufacturer_warranty_start: datetime.datetime | None | Unset = UNSET
    memo: str | Unset = UNSET
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    serial_number: str | Unset = UNSET
    service_provider_warranty_end: datetime.datetime | None | Unset = UNSET
    service_provider_warranty_start: datetime.datetime | None | Unset = UNSET
    status: LocationEquipmentInstalledEquipmentStatus | Unset = UNSET
    tag_type_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "actualReplacementDate",
        "attachments",
        "barcodeId",
        "cost",
        "customFields",
        "equipmentTypeId",
        "installedOn",
        "manufacturedOn",
        "manufacturer",
        "manufacturerWarrantyEnd",
        "manufacturerWarrantyStart",
        "memo",
        "model",
        "name",
        "serialNumber",
        "serviceProviderWarrantyEnd",
        "serviceProviderWarrantyStart",
        "status",
        "tagTypeIds",
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.equipment_systems_v2_attachment_api_model import (
            EquipmentSystemsV2AttachmentApiModel,
        )
        from ..models.equipment_systems_v2_custom_field_request_model import (
            EquipmentSystemsV2CustomFieldRequestModel,
        )

        active = self.active

        actual_replacement_date: None | str | Unset
        if isinstance(self.actual_replacement_date, Unset):
            actual_replacement_date = UNSET
        elif isinstance(self.actual_replacement_date, datetime.date):
            actual_replacement_date = self.actual_replacement_date.isoformat()
        else:
            actual_replacement_date = self.actual_replacement_date

        attachments: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any] | None
                if isinstance(
                    attachments_item_data, EquipmentSystemsV2AttachmentApiModel
                ):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data
                attachments.append(attachments_item)

        barcode_id = self.barcode_id

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        custom_fields: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item: dict[str, Any] | None
                if isinstance(
                    custom_fields_item_data, EquipmentSystemsV2CustomFieldRequestModel
                ):
                    custom_fields_item = custom_fields_item_data.to_dict()
                else:
                    custom_fields_item = custom_fields_item_data
                custom_fields.append(custom_fields_item)

        equipment_type_id = self.equipment_type_id

        installed_on: None | str | Unset
        if isinstance(self.installed_on, Unset):
            installed_on = UNSET
        elif isinstance(self.installed_on, datetime.datetime):
            installed_on = self.installed_on.isoformat()
        else:
            installed_on = self.installed_on

        manufactured_on: None | str | Unset
        if isinstance(self.manufactured_on, Unset):
            manufactured_on = UNSET
        elif isinstance(self.manufactured_on, datetime.date):
            manufactured_on = self.manufactured_on.isoformat()
        else:
            manufactured_on = self.manufactured_on

        manufacturer = self.manufacturer

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

        memo = self.memo

        model = self.model

        name = self.name

        serial_number = self.serial_number

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        tag_type_ids: list[int] | Unset = UNSET
        if not isinstance(self.tag_type_ids, Unset):
            tag_type_ids = self.tag_type_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if actual_replacement_date is not UNSET:
            field_dict["actualReplacementDate"] = actual_replacement_date
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if barcode_id is not UNSET:
            field_dict["barcodeId"] = barcode_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if equipment_type_id is not UNSET:
            field_dict["equipmentTypeId"] = equipment_type_id
        if installed_on is not UNSET:
            field_dict["installedOn"] = installed_on
        if manufactured_on is not UNSET:
            field_dict["manufacturedOn"] = manufactured_on
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if manufacturer_warranty_end is not UNSET:
            field_dict["manufacturerWarrantyEnd"] = manufacturer_warranty_end
        if manufacturer_warranty_start is not UNSET:
            field_dict["manufacturerWarrantyStart"] = manufacturer_warranty_start
        if memo is not UNSET:
            field_dict["memo"] = memo
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if service_provider_warranty_end is not UNSET:
            field_dict["serviceProviderWarrantyEnd"] = service_provider_warranty_end
        if service_provider_warranty_start is not UNSET:
            field_dict["serviceProviderWarrantyStart"] = service_provider_warranty_start
        if status is not UNSET:
            field_dict["status"] = status
        if tag_type_ids is not UNSET:
            field_dict["tagTypeIds"] = tag_type_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        actual_replacement_date = d.pop("actualReplacementDate", UNSET)
        if actual_replacement_date is not None and not isinstance(
            actual_replacement_date, Unset
        ):
            if not isinstance(actual_replacement_date, str):
                raise TypeError()
            actual_replacement_date_type_0 = _date_of(actual_replacement_date)

            actual_replacement_date = actual_replacement_date_type_0

        attachments = d.pop("attachments", UNSET)
        if attachments is not UNSET:
            attachments = []
            for attachments_item_data in attachments:
                attachments_item = attachments_item_data
                if attachments_item is not None:
                    if not isinstance(attachments_item, dict):
                        raise TypeError()
                    attachments_item_type_0 = (
                        _models.EquipmentSystemsV2AttachmentApiModel.from_dict(
                            attachments_item
                        )
                    )

                    attachments_item = attachments_item_type_0

                attachments.append(attachments_item)

        barcode_id = d.pop("barcodeId", UNSET)

        cost = d.pop("cost", UNSET)

        custom_fields = d.pop("customFields", UNSET)
        if custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in custom_fields:
                custom_fields_item = custom_fields_item_data
                if custom_fields_item is not None:
                    if not isinstance(custom_fields_item, dict):
                        raise TypeError()
                    custom_fields_item_type_0 = (
                        _models.EquipmentSystemsV2CustomFieldRequestModel.from_dict(
                            custom_fields_item
                        )
                    )

                    custom_fields_item = custom_fields_item_type_0

                custom_fields.append(custom_fields_item)

        equipment_type_id = d.pop("equipmentTypeId", UNSET)

        installed_on = d.pop("installedOn", UNSET)
        if installed_on is not None and not isinstance(installed_on, Unset):
            if not isinstance(installed_on, str):
                raise TypeError()
            installed_on_type_0 = datetime.datetime.fromisoformat(installed_on)

            installed_on = installed_on_type_0

        manufactured_on = d.pop("manufacturedOn", UNSET)
        if manufactured_on is not None and not isinstance(manufactured_on, Unset):
            if not isinstance(manufactured_on, str):
                raise TypeError()
            manufactured_on_type_0 = _date_of(manufactured_on)

            manufactured_on = manufactured_on_type_0

        manufacturer = d.pop("manufacturer", UNSET)

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

        memo = d.pop("memo", UNSET)

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

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

        status = d.pop("status", UNSET)
        if not isinstance(status, Unset):
            status = LocationEquipmentInstalledEquipmentStatus(status)

        tag_type_ids = d.pop("tagTypeIds", UNSET)

        equipment_systems_v2_installed_equipment_update_request = cls(
            active,
            actual_replacement_date,
            attachments,
            barcode_id,
            cost,
            custom_fields,
            equipment_type_id,
            installed_on,
            manufactured_on,
            manufacturer,
            manufacturer_warranty_end,
            manufacturer_warranty_start,
            memo,
            model,
            name,
            serial_number,
            service_provider_warranty_end,
            service_provider_warranty_start,
            status,
            tag_type_ids,
        )

        equipment_systems_v2_installed_equipment_update_request.additional_properties = dict(
            d
        )
        return equipment_systems_v2_installed_equipment_update_request

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
