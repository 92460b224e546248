/**
 * The safety concern, framework-free: before a neuraxial procedure (trial, implant, revision, replacement, catheter
 * removal), each antithrombotic's hold and restart dated from the planned time, or why none is dated (issue 17, topic
 * 3). Its rules are {@code rules/safety/<topic>/}; it imports no other concern.
 */
package org.idds.cds.safety;
