/// Self block for imported/exported object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionSelfImportExportDto {
    /// Imported/exported object's DTO type.
    pub r#type: Option<crate::FormDefinitionSelfImportExportDtoType>,
    /// Imported/exported object's ID.
    pub id: Option<String>,
    /// Imported/exported object's display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionSelfImportExportDto {
    /// Builds a `FormDefinitionSelfImportExportDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionSelfImportExportDto {
    r#type: optional::<crate::FormDefinitionSelfImportExportDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FormDefinitionSelfImportExportDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionSelfImportExportDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Imported/exported object's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormDefinitionSelfImportExportDtoType {
    /// `FORM_DEFINITION`
    FormDefinition,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormDefinitionSelfImportExportDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FormDefinition => "FORM_DEFINITION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormDefinitionSelfImportExportDtoType {
    fn from(value: &str) -> Self {
        match value {
            "FORM_DEFINITION" => Self::FormDefinition,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormDefinitionSelfImportExportDtoType);
