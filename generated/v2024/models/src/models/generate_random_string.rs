#[derive(Debug, Clone, PartialEq)]
pub struct GenerateRandomString {
    /// This must always be set to "Cloud Services Deployment Utility"
    pub name: String,
    /// The operation to perform `generateRandomString`
    pub operation: String,
    /// This must be either "true" or "false" to indicate whether the generator logic should include numbers
    pub include_numbers: bool,
    /// This must be either "true" or "false" to indicate whether the generator logic should include special characters
    pub include_special_chars: bool,
    /// This specifies how long the randomly generated string needs to be
    ///
    /// >NOTE Due to identity attribute data constraints, the maximum allowable value is 450 characters
    pub length: String,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GenerateRandomString {
    /// Builds a `GenerateRandomString` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        operation: impl Into<String>,
        include_numbers: impl Into<bool>,
        include_special_chars: impl Into<bool>,
        length: impl Into<String>,
    ) -> Self {
        Self {
            name: name.into(),
            operation: operation.into(),
            include_numbers: include_numbers.into(),
            include_special_chars: include_special_chars.into(),
            length: length.into(),
            requires_periodic_refresh: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(GenerateRandomString {
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
});
crate::serde_helpers::serde_struct!(GenerateRandomString {
    name: required("name"),
    operation: required("operation"),
    include_numbers: required("includeNumbers"),
    include_special_chars: required("includeSpecialChars"),
    length: required("length"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GenerateRandomString {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
