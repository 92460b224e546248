package org.idds.cds.device;

/** The programmable flow-rate range of a pump, both ends in {@code mL/d}. */
public record FlowRange(DeviceFigure min, DeviceFigure max) {}
