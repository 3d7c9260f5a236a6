/// Placeholder until the audit pipeline lands.
public enum AuditPipelinePlaceholder {}
