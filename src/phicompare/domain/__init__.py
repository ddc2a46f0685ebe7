"""The domain: frozen records and enums, the validation rules. No I/O."""
