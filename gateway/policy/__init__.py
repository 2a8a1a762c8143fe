"""Policy: typed decisions and (from the policy issue on) YAML rule evaluation. Pure: no I/O."""
