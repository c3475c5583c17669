from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..models.pricebook_v2_category_type import PricebookV2CategoryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pricebook_v2_category_response import PricebookV2CategoryResponse


T = TypeVar("T", bound="PricebookV2ExportCategoryResponse")


@_attrs_define
class PricebookV2ExportCategoryResponse:
    """
    Attributes:
        active (bool):
        category_type (PricebookV2CategoryType):
        created_on (datetime.datetime):
        hide_in_mobile (bool):
        id (int):
        name (str):
        position (int):
        business_unit_ids (list[int] | None | Unset):
        description (None | str | Unset):
        external_id (None | str | Unset):
        image (None | str | Unset):
        modified_on (datetime.datetime | Unset):
        parent_id (int | None | Unset):
        sku_images (list[str] | None | Unset):
        sku_videos (list[str] | None | Unset):
        source (None | str | Unset):
        subcategories (list[PricebookV2CategoryResponse] | None | Unset):
    """

    active: bool
    category_type: PricebookV2CategoryType
    created_on: datetime.datetime
    hide_in_mobile: bool
    id: int
    name: str
    position: int
    business_unit_ids: list[int] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    modified_on: datetime.datetime | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    sku_images: list[str] | None | Unset = UNSET
    sku_videos: list[str] | None | Unset = UNSET
    source: None | str | Unset = UNSET
    subcategories: list[PricebookV2CategoryResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "active",
        "categoryType",
        "createdOn",
        "hideInMobile",
        "id",
        "name",
        "position",
        "businessUnitIds",
        "description",
        "externalId",
        "image",
        "modifiedOn",
        "parentId",
        "skuImages",
        "skuVideos",
        "source",
        "subcategories",
    )

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        category_type = self.category_type.value

        created_on = self.created_on.isoformat()

        hide_in_mobile = self.hide_in_mobile

        id = self.id

        name = self.name

        position = self.position

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

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        modified_on: str | Unset = UNSET
        if not isinstance(self.modified_on, Unset):
            modified_on = self.modified_on.isoformat()

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

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

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        subcategories: list[dict[str, Any]] | None | Unset
        if isinstance(self.subcategories, Unset):
            subcategories = UNSET
        elif isinstance(self.subcategories, list):
            subcategories = []
            for subcategories_type_0_item_data in self.subcategories:
                subcategories_type_0_item = subcategories_type_0_item_data.to_dict()
                subcategories.append(subcategories_type_0_item)

        else:
            subcategories = self.subcategories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "categoryType": category_type,
                "createdOn": created_on,
                "hideInMobile": hide_in_mobile,
                "id": id,
                "name": name,
                "position": position,
            }
        )
        if business_unit_ids is not UNSET:
            field_dict["businessUnitIds"] = business_unit_ids
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if image is not UNSET:
            field_dict["image"] = image
        if modified_on is not UNSET:
            field_dict["modifiedOn"] = modified_on
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if sku_images is not UNSET:
            field_dict["skuImages"] = sku_images
        if sku_videos is not UNSET:
            field_dict["skuVideos"] = sku_videos
        if source is not UNSET:
            field_dict["source"] = source
        if subcategories is not UNSET:
            field_dict["subcategories"] = subcategories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active")

        category_type = PricebookV2CategoryType(d.pop("categoryType"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        hide_in_mobile = d.pop("hideInMobile")

        id = d.pop("id")

        name = d.pop("name")

        position = d.pop("position")

        business_unit_ids = d.pop("businessUnitIds", UNSET)
        if business_unit_ids is not None and not isinstance(business_unit_ids, Unset):
            if not isinstance(business_unit_ids, list):
                raise TypeError()
            business_unit_ids_type_0 = business_unit_ids

            business_unit_ids = business_unit_ids_type_0

        description = d.pop("description", UNSET)

        external_id = d.pop("externalId", UNSET)

        image = d.pop("image", UNSET)

        modified_on = d.pop("modifiedOn", UNSET)
        if not isinstance(modified_on, Unset):
            modified_on = datetime.datetime.fromisoformat(modified_on)

        parent_id = d.pop("parentId", UNSET)

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

        source = d.pop("source", UNSET)

        subcategories = d.pop("subcategories", UNSET)
        if subcategories is not None and not isinstance(subcategories, Unset):
            if not isinstance(subcategories, list):
                raise TypeError()
            subcategories_type_0 = [
                _models.PricebookV2CategoryResponse.from_dict(
                    subcategories_type_0_item_data
                )
                for subcategories_type_0_item_data in subcategories
            ]

            subcategories = subcategories_type_0

        pricebook_v2_export_category_response = cls(
            active,
            category_type,
            created_on,
            hide_in_mobile,
            id,
            name,
            position,
            business_unit_ids,
            description,
            external_id,
            image,
            modified_on,
            parent_id,
            sku_images,
            sku_videos,
            source,
            subcategories,
        )

        pricebook_v2_export_category_response.additional_properties = dict(d)
        return pricebook_v2_export_category_response

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
