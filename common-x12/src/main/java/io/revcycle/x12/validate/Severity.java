package io.revcycle.x12.validate;

/** ERROR rejects the transaction (999 IK5 R); WARNING is reported and accepted (IK5 E). */
public enum Severity {
    ERROR, WARNING
}
