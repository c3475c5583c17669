from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.crm_v2_external_data_patch_mode import CrmV2ExternalDataPatchMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crm_v2_external_data_update_model import CrmV2ExternalDataUpdateModel


T = TypeVar("T", bound="CrmV2ExternalDataUpdateRequest")


@_attrs_define
class CrmV2ExternalDataUpdateRequest:
    """
    Attributes:
        application_guid (str):
        external_data (list[CrmV2ExternalDataUpdateModel]):
        patch_mode (CrmV2ExternalDataPatchMode | None | Unset):
    """

    application_guid: str
    external_data: list[CrmV2ExternalDataUpdateModel]
    patch_mode: CrmV2ExternalDataPatchMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "applicationGuid",
        "externalData",
        "patchMode",
    )

    def to_dict(self) -> dict[str, Any]:
        application_guid = self.application_guid

        external_data = []
        for external_data_item_data in self.external_data:
            external_data_item = external_data_item_data.to_dict()
            external_data.append(external_data_item)

        patch_mode: None | str | Unset
        if isinstance(self.patch_mode, Unset):
            patch_mode = UNSET
        elif isinstance(self.patch_mode, CrmV2ExternalDataPatchMode):
            patch_mode = self.patch_mode.value
        else:
            patch_mode = self.patch_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationGuid": application_guid,
                "externalData": external_data,
            }
        )
        if patch_mode is not UNSET:
            field_dict["patchMode"] = patch_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_guid = d.pop("applicationGuid")

        external_data = [
            _models.CrmV2ExternalDataUpdateModel.from_dict(external_data_item_data)
            for external_data_item_data in d.pop("externalData")
        ]

        patch_mode = d.pop("patchMode", UNSET)
        if patch_mode is not None and not isinstance(patch_mode, Unset):
            if not isinstance(patch_mode, str):
                raise TypeError()
            patch_mode_type_0 = CrmV2ExternalDataPatchMode(patch_mode)

            patch_mode = patch_mode_type_0

        crm_v2_external_data_update_request = cls(
            application_guid,
            external_data,
            patch_mode,
        )

        crm_v2_external_data_update_request.additional_properties = dict(d)
        return crm_v2_external_data_update_request

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
