@_exported public import NetralAudit
@_exported public import NetralCore
@_exported public import NetralEngine
@_exported public import NetralImport
@_exported public import NetralPacks
@_exported public import NetralReport
@_exported public import NetralText
