public enum NewsShellPlaceholder {}
