from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_v2_category_type import PricebookV2CategoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2CategoryUpdateRequest")


@_attrs_define
class PricebookV2CategoryUpdateRequest:
    """
    Attributes:
        active (bool | Unset):
        business_unit_ids (list[int] | Unset):
        category_type (PricebookV2CategoryType | Unset):
        description (str | Unset):
        image (str | Unset):
        name (str | Unset):
        parent_id (int | None | Unset):
        position (int | Unset):
        sku_images (list[None | str] | Unset):
        sku_videos (list[None | str] | Unset):
    """

    active: bool | Unset = UNSET
    business_unit_ids: list[int] | Unset = UNSET
    category_type: PricebookV2CategoryType | Unset = UNSET
    description: str | Unset = UNSET
    image: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    position: int | Unset = UNSET
    sku_images: list[None | str] | Unset = UNSET
    sku_videos: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "businessUnitIds",
        "categoryType",
        "description",
        "image",
        "name",
        "parentId",
        "position",
        "skuImages",
        "skuVideos",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        business_unit_ids: list[int] | Unset = UNSET
        if not isinstance(self.business_unit_ids, Unset):
            business_unit_ids = self.business_unit_ids

        category_type: str | Unset = UNSET
        if not isinstance(self.category_type, Unset):
            category_type = self.category_type.value

        description = self.description

        image = self.image

        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        position = self.position

        sku_images: list[None | str] | Unset = UNSET
        if not isinstance(self.sku_images, Unset):
            sku_images = []
            for sku_images_item_data in self.sku_images:
                sku_images_item: None | str
                sku_images_item = sku_images_item_data
                sku_images.append(sku_images_item)

        sku_videos: list[None | str] | Unset = UNSET
        if not isinstance(self.sku_videos, Unset):
            sku_videos = []
            for sku_videos_item_data in self.sku_videos:
                sku_videos_item: None | str
                sku_videos_item = sku_videos_item_data
                sku_videos.append(sku_videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if category_type is not UNSET:
            field_dict["categoryType"] = category_type
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if position is not UNSET:
            field_dict["position"] = position
        if sku_images is not UNSET:
            field_dict["skuImages"] = sku_images
        if sku_videos is not UNSET:
            field_dict["skuVideos"] = sku_videos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        business_unit_ids = d.pop("businessUnitIds", UNSET)

        category_type = d.pop("categoryType", UNSET)
        if not isinstance(category_type, Unset):
            category_type = PricebookV2CategoryType(category_type)

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        name = d.pop("name", UNSET)

        parent_id = d.pop("parentId", UNSET)

        position = d.pop("position", UNSET)

        sku_images = d.pop("skuImages", UNSET)
        if sku_images is not UNSET:
            sku_images = []
            for sku_images_item_data in sku_images:
                sku_images_item = sku_images_item_data

                sku_images.append(sku_images_item)

        sku_videos = d.pop("skuVideos", UNSET)
        if sku_videos is not UNSET:
            sku_videos = []
            for sku_videos_item_data in sku_videos:
                sku_videos_item = sku_videos_item_data

                sku_videos.append(sku_videos_item)

        pricebook_v2_category_update_request = cls(
            active,
            business_unit_ids,
            category_type,
            description,
            image,
            name,
            parent_id,
            position,
            sku_images,
            sku_videos,
        )

        pricebook_v2_category_update_request.additional_properties = dict(d)
        return pricebook_v2_category_update_request

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
