from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        modified_on (datetime.datetime):
        name (str):
        position (int):
        business_unit_ids (list[int] | None | Unset):
        description (None | str | Unset):
        external_id (None | str | Unset):
        image (None | str | Unset):
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
    modified_on: datetime.datetime
    name: str
    position: int
    business_unit_ids: list[int] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    sku_images: list[str] | None | Unset = UNSET
    sku_videos: list[str] | None | Unset = UNSET
    source: None | str | Unset = UNSET
    subcategories: list[PricebookV2CategoryResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        category_type = self.category_type.value

        created_on = self.created_on.isoformat()

        hide_in_mobile = self.hide_in_mobile

        id = self.id

        modified_on = self.modified_on.isoformat()

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
                "modifiedOn": modified_on,
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
        from ..models.pricebook_v2_category_response import PricebookV2CategoryResponse

        d = dict(src_dict)
        active = d.pop("active")

        category_type = PricebookV2CategoryType(d.pop("categoryType"))

        created_on = datetime.datetime.fromisoformat(d.pop("createdOn"))

        hide_in_mobile = d.pop("hideInMobile")

        id = d.pop("id")

        modified_on = datetime.datetime.fromisoformat(d.pop("modifiedOn"))

        name = d.pop("name")

        position = d.pop("position")

        def _parse_business_unit_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                business_unit_ids_type_0 = cast(list[int], data)

                return business_unit_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        business_unit_ids = _parse_business_unit_ids(d.pop("businessUnitIds", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_sku_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_images_type_0 = cast(list[str], data)

                return sku_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sku_images = _parse_sku_images(d.pop("skuImages", UNSET))

        def _parse_sku_videos(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sku_videos_type_0 = cast(list[str], data)

                return sku_videos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sku_videos = _parse_sku_videos(d.pop("skuVideos", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_subcategories(
            data: object,
        ) -> list[PricebookV2CategoryResponse] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subcategories_type_0 = []
                _subcategories_type_0 = data
                for subcategories_type_0_item_data in _subcategories_type_0:
                    subcategories_type_0_item = PricebookV2CategoryResponse.from_dict(
                        subcategories_type_0_item_data
                    )

                    subcategories_type_0.append(subcategories_type_0_item)

                return subcategories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PricebookV2CategoryResponse] | None | Unset, data)

        subcategories = _parse_subcategories(d.pop("subcategories", UNSET))

        pricebook_v2_export_category_response = cls(
            active=active,
            category_type=category_type,
            created_on=created_on,
            hide_in_mobile=hide_in_mobile,
            id=id,
            modified_on=modified_on,
            name=name,
            position=position,
            business_unit_ids=business_unit_ids,
            description=description,
            external_id=external_id,
            image=image,
            parent_id=parent_id,
            sku_images=sku_images,
            sku_videos=sku_videos,
            source=source,
            subcategories=subcategories,
        )

        pricebook_v2_export_category_response.additional_properties = d
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
