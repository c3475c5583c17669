from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InventoryPoTypeAlertSettings")


@_attrs_define
class InventoryPoTypeAlertSettings:
    """
    Attributes:
        send_email_to_pm_when_po_moved_to_received (bool):
        send_email_to_pm_when_po_moved_to_send (bool):
        send_email_to_technician_when_po_moved_to_received (bool):
        send_email_to_technician_when_po_moved_to_send (bool):
    """

    send_email_to_pm_when_po_moved_to_received: bool
    send_email_to_pm_when_po_moved_to_send: bool
    send_email_to_technician_when_po_moved_to_received: bool
    send_email_to_technician_when_po_moved_to_send: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_names = (
        "sendEmailToPmWhenPoMovedToReceived",
        "sendEmailToPmWhenPoMovedToSend",
        "sendEmailToTechnicianWhenPoMovedToReceived",
        "sendEmailToTechnicianWhenPoMovedToSend",
    )

    def to_dict(self) -> dict[str, Any]:
        send_email_to_pm_when_po_moved_to_received = (
            self.send_email_to_pm_when_po_moved_to_received
        )

        send_email_to_pm_when_po_moved_to_send = (
            self.send_email_to_pm_when_po_moved_to_send
        )

        send_email_to_technician_when_po_moved_to_received = (
            self.send_email_to_technician_when_po_moved_to_received
        )

        send_email_to_technician_when_po_moved_to_send = (
            self.send_email_to_technician_when_po_moved_to_send
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sendEmailToPmWhenPoMovedToReceived": send_email_to_pm_when_po_moved_to_received,
                "sendEmailToPmWhenPoMovedToSend": send_email_to_pm_when_po_moved_to_send,
                "sendEmailToTechnicianWhenPoMovedToReceived": send_email_to_technician_when_po_moved_to_received,
                "sendEmailToTechnicianWhenPoMovedToSend": send_email_to_technician_when_po_moved_to_send,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        send_email_to_pm_when_po_moved_to_received = d.pop(
            "sendEmailToPmWhenPoMovedToReceived"
        )

        send_email_to_pm_when_po_moved_to_send = d.pop("sendEmailToPmWhenPoMovedToSend")

        send_email_to_technician_when_po_moved_to_received = d.pop(
            "sendEmailToTechnicianWhenPoMovedToReceived"
        )

        send_email_to_technician_when_po_moved_to_send = d.pop(
            "sendEmailToTechnicianWhenPoMovedToSend"
        )

        inventory_po_type_alert_settings = cls(
            send_email_to_pm_when_po_moved_to_received,
            send_email_to_pm_when_po_moved_to_send,
            send_email_to_technician_when_po_moved_to_received,
            send_email_to_technician_when_po_moved_to_send,
        )

        inventory_po_type_alert_settings.additional_properties = dict(d)
        return inventory_po_type_alert_settings

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
