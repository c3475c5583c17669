from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduling_pro_v2_address import SchedulingProV2Address


T = TypeVar("T", bound="SchedulingProV2Customer")


@_attrs_define
class SchedulingProV2Customer:
    """
    Attributes:
        address (SchedulingProV2Address):
        is_new_customer (bool):
        is_new_location (bool):
        browser_name (None | str | Unset):
        browser_version (None | str | Unset):
        cpu_architecture (None | str | Unset):
        device_model (None | str | Unset):
        device_type (None | str | Unset):
        device_vendor (None | str | Unset):
        email (None | str | Unset):
        engine_name (None | str | Unset):
        engine_version (None | str | Unset):
        first_name (None | str | Unset):
        id (int | None | Unset):
        ip_address (None | str | Unset):
        is_bot (bool | None | Unset):
        last_name (None | str | Unset):
        location_id (int | None | Unset):
        os_name (None | str | Unset):
        os_version (None | str | Unset):
        phone (None | str | Unset):
        user_agent (None | str | Unset):
    """

    address: SchedulingProV2Address
    is_new_customer: bool
    is_new_location: bool
    browser_name: None | str | Unset = UNSET
    browser_version: None | str | Unset = UNSET
    cpu_architecture: None | str | Unset = UNSET
    device_model: None | str | Unset = UNSET
    device_type: None | str | Unset = UNSET
    device_vendor: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    engine_name: None | str | Unset = UNSET
    engine_version: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    is_bot: bool | None | Unset = UNSET
    last_name: None | str | Unset = UNSET
    location_id: int | None | Unset = UNSET
    os_name: None | str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "address",
        "isNewCustomer",
        "isNewLocation",
        "browserName",
        "browserVersion",
        "cpuArchitecture",
        "deviceModel",
        "deviceType",
        "deviceVendor",
        "email",
        "engineName",
        "engineVersion",
        "firstName",
        "id",
        "ipAddress",
        "isBot",
        "lastName",
        "locationId",
        "osName",
        "osVersion",
        "phone",
        "userAgent",
    )

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        is_new_customer = self.is_new_customer

        is_new_location = self.is_new_location

        browser_name: None | str | Unset
        if isinstance(self.browser_name, Unset):
            browser_name = UNSET
        else:
            browser_name = self.browser_name

        browser_version: None | str | Unset
        if isinstance(self.browser_version, Unset):
            browser_version = UNSET
        else:
            browser_version = self.browser_version

        cpu_architecture: None | str | Unset
        if isinstance(self.cpu_architecture, Unset):
            cpu_architecture = UNSET
        else:
            cpu_architecture = self.cpu_architecture

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        else:
            device_type = self.device_type

        device_vendor: None | str | Unset
        if isinstance(self.device_vendor, Unset):
            device_vendor = UNSET
        else:
            device_vendor = self.device_vendor

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        engine_name: None | str | Unset
        if isinstance(self.engine_name, Unset):
            engine_name = UNSET
        else:
            engine_name = self.engine_name

        engine_version: None | str | Unset
        if isinstance(self.engine_version, Unset):
            engine_version = UNSET
        else:
            engine_version = self.engine_version

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        is_bot: bool | None | Unset
        if isinstance(self.is_bot, Unset):
            is_bot = UNSET
        else:
            is_bot = self.is_bot

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        location_id: int | None | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        os_name: None | str | Unset
        if isinstance(self.os_name, Unset):
            os_name = UNSET
        else:
            os_name = self.os_name

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "isNewCustomer": is_new_customer,
                "isNewLocation": is_new_location,
            }
        )
        if browser_name is not UNSET:
            field_dict["browserName"] = browser_name
        if browser_version is not UNSET:
            field_dict["browserVersion"] = browser_version
        if cpu_architecture is not UNSET:
            field_dict["cpuArchitecture"] = cpu_architecture
        if device_model is not UNSET:
            field_dict["deviceModel"] = device_model
        if device_type is not UNSET:
            field_dict["deviceType"] = device_type
        if device_vendor is not UNSET:
            field_dict["deviceVendor"] = device_vendor
        if email is not UNSET:
            field_dict["email"] = email
        if engine_name is not UNSET:
            field_dict["engineName"] = engine_name
        if engine_version is not UNSET:
            field_dict["engineVersion"] = engine_version
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if is_bot is not UNSET:
            field_dict["isBot"] = is_bot
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if location_id is not UNSET:
            field_dict["locationId"] = location_id
        if os_name is not UNSET:
            field_dict["osName"] = os_name
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if phone is not UNSET:
            field_dict["phone"] = phone
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = _models.SchedulingProV2Address.from_dict(d.pop("address"))

        is_new_customer = d.pop("isNewCustomer")

        is_new_location = d.pop("isNewLocation")

        browser_name = d.pop("browserName", UNSET)

        browser_version = d.pop("browserVersion", UNSET)

        cpu_architecture = d.pop("cpuArchitecture", UNSET)

        device_model = d.pop("deviceModel", UNSET)

        device_type = d.pop("deviceType", UNSET)

        device_vendor = d.pop("deviceVendor", UNSET)

        email = d.pop("email", UNSET)

        engine_name = d.pop("engineName", UNSET)

        engine_version = d.pop("engineVersion", UNSET)

        first_name = d.pop("firstName", UNSET)

        id = d.pop("id", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        is_bot = d.pop("isBot", UNSET)

        last_name = d.pop("lastName", UNSET)

        location_id = d.pop("locationId", UNSET)

        os_name = d.pop("osName", UNSET)

        os_version = d.pop("osVersion", UNSET)

        phone = d.pop("phone", UNSET)

        user_agent = d.pop("userAgent", UNSET)

        scheduling_pro_v2_customer = cls(
            address,
            is_new_customer,
            is_new_location,
            browser_name,
            browser_version,
            cpu_architecture,
            device_model,
            device_type,
            device_vendor,
            email,
            engine_name,
            engine_version,
            first_name,
            id,
            ip_address,
            is_bot,
            last_name,
            location_id,
            os_name,
            os_version,
            phone,
            user_agent,
        )

        scheduling_pro_v2_customer.additional_properties = dict(d)
        return scheduling_pro_v2_customer

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
