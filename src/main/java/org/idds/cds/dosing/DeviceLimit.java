package org.idds.cds.dosing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.FigureRange;

/**
 * A figure of the pump's device model, as a fact the device-fit rules compare a quantity with in DRL ({@code
 * DeliveryRate(deviceId == $min.deviceId, basalVolumeIn($min) < $min.value)}): which figure it is ({@link #key()}
 * names it as the finding shows it), its value in its own unit. The figure itself (verification, citations) reaches the
 * finding through the fact it is compared with, by its key.
 */
public record DeviceLimit(String deviceId, Figure figure, BigDecimal value, String unit) {

    /** The device figures the device-fit rules compare with. */
    public enum Figure {
        /** {@code device.<id>.flowRate.min}: the lowest programmable rate. */
        FLOW_RATE_MIN("flowRate.min"),
        /** {@code device.<id>.flowRate.max}: the highest programmable rate. */
        FLOW_RATE_MAX("flowRate.max"),
        /** {@code device.<id>.reservoirVolume}. */
        RESERVOIR_VOLUME("reservoirVolume");

        private final String suffix;

        Figure(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The governed figure's key, as the findings show it. */
    public String key() {
        return "device." + deviceId + "." + figure.suffix;
    }

    /** The ends of the pump's programmable flow range (none when the model gives none). */
    static List<DeviceLimit> flowRange(DeviceModel device) {
        return flowRange(device.id(), device.flowRate());
    }

    /** The ends of a pump's programmable flow range (none when no range is given). */
    public static List<DeviceLimit> flowRange(String deviceId, Optional<FigureRange> flowRate) {
        List<DeviceLimit> limits = new ArrayList<>();
        flowRate.ifPresent(r -> {
            limits.add(new DeviceLimit(
                    deviceId, Figure.FLOW_RATE_MIN, r.min().value(), r.min().unit()));
            limits.add(new DeviceLimit(
                    deviceId, Figure.FLOW_RATE_MAX, r.max().value(), r.max().unit()));
        });
        return limits;
    }

    /** The pump's reservoir volume (none when the model gives none). */
    static List<DeviceLimit> reservoir(DeviceModel device) {
        return device.reservoirVolume()
                .map(r -> List.of(new DeviceLimit(device.id(), Figure.RESERVOIR_VOLUME, r.value(), r.unit())))
                .orElse(List.of());
    }
}
