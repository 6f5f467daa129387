package io.revcycle.edi;

/** How a file reached the gateway. */
public enum EdiOrigin {
    /** written by a RevCycle service (or the payer simulator) and sent on a raw-EDI topic */
    SERVICE,
    /** taken from the watched inbound directory */
    DIRECTORY,
    /** posted to POST /edi/files */
    UPLOAD,
    /** taken from a raw-EDI topic */
    TOPIC
}
