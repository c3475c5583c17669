from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pricebook_v2_category_type import PricebookV2CategoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PricebookV2CategoryCreateRequest")


@_attrs_define
class PricebookV2CategoryCreateRequest:
    """
    Attributes:
        category_type (PricebookV2CategoryType):
        name (str):
        active (bool | None | Unset):
        business_unit_ids (list[int] | None | Unset):
        description (None | str | Unset):
        image (None | str | Unset):
        parent_id (int | None | Unset):
        position (int | None | Unset):
        sku_images (list[str] | None | Unset):
        sku_videos (list[str] | None | Unset):
    """

    category_type: PricebookV2CategoryType
    name: str
    active: bool | None | Unset = UNSET
    business_unit_ids: list[int] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    position: int | None | Unset = UNSET
    sku_images: list[str] | None | Unset = UNSET
    sku_videos: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "categoryType",
        "name",
        "active",
        "businessUnitIds",
        "description",
        "image",
        "parentId",
        "position",
        "skuImages",
        "skuVideos",
    )

    def to_dict(self) -> dict[str, Any]:
        category_type = self.category_type.value

        name = self.name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        business_unit_ids: list[int] | None | Unset
        if isinstance(self.business_unit_ids, Unset):
            business_unit_ids = UNSET
        elif isinstance(self.business_unit_ids, list):
            business_unit_ids = self.business_unit_ids

        else:
            business_unit_ids = self.business_unit_ids

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        sku_images: list[str] | None | Unset
        if isinstance(self.sku_images, Unset):
            sku_images = UNSET
        elif isinstance(self.sku_images, list):
            sku_images = self.sku_images

        else:
            sku_images = self.sku_images

        sku_videos: list[str] | None | Unset
        if isinstance(self.sku_videos, Unset):
            sku_videos = UNSET
        elif isinstance(self.sku_videos, list):
            sku_videos = self.sku_videos

        else:
            sku_videos = self.sku_videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categoryType": category_type,
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if description is not UNSET:
            field_dict["description"] = description
        if image is not UNSET:
            field_dict["image"] = image
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
        category_type = PricebookV2CategoryType(d.pop("categoryType"))

        name = d.pop("name")

        active = d.pop("active", UNSET)

        business_unit_ids = d.pop("businessUnitIds", UNSET)
        if business_unit_ids is not None and not isinstance(business_unit_ids, Unset):
            if not isinstance(business_unit_ids, list):
                raise TypeError()
            business_unit_ids_type_0 = business_unit_ids

            business_unit_ids = business_unit_ids_type_0

        description = d.pop("description", UNSET)

        image = d.pop("image", UNSET)

        parent_id = d.pop("parentId", UNSET)

        position = d.pop("position", UNSET)

        sku_images = d.pop("skuImages", UNSET)
        if sku_images is not None and not isinstance(sku_images, Unset):
            if not isinstance(sku_images, list):
                raise TypeError()
            sku_images_type_0 = sku_images

            sku_images = sku_images_type_0

        sku_videos = d.pop("skuVideos", UNSET)
        if sku_videos is not None and not isinstance(sku_videos, Unset):
            if not isinstance(sku_videos, list):
                raise TypeError()
            sku_videos_type_0 = sku_videos

            sku_videos = sku_videos_type_0

        pricebook_v2_category_create_request = cls(
            category_type,
            name,
            active,
            business_unit_ids,
            description,
            image,
            parent_id,
            position,
            sku_images,
            sku_videos,
        )

        pricebook_v2_category_create_request.additional_properties = dict(d)
        return pricebook_v2_category_create_request

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
