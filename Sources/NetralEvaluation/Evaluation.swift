/// Placeholder until the evaluation harness lands.
public enum EvaluationPlaceholder {}
