package org.idds.cds.device;

/**
 * A low and a high device figure in one unit: a pump's programmable flow-rate range (both ends in {@code mL/d}) or
 * the allowed setting of its low-reservoir alarm.
 */
public record FigureRange(DeviceFigure min, DeviceFigure max) {}
