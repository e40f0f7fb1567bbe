#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    /// the name of the argument
    pub name: String,
    /// the description of the argument
    pub description: Option<Option<String>>,
    /// the programmatic type of the argument
    pub r#type: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Argument {
    /// Builds a `Argument` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            description: None,
            r#type: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Argument {
    description: nullable::<String>(description, description_null),
    r#type: nullable::<String>(r#type, type_null),
});
crate::serde_helpers::serde_struct!(Argument {
    name: required("name"),
    description: nullable("description"),
    r#type: nullable("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Argument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
