/// Set of FormElementValidation items.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormElementValidationsSet {
    /// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
    pub validation_type: Option<crate::FormElementValidationsSetValidationType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormElementValidationsSet {
    /// Builds a `FormElementValidationsSet` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormElementValidationsSet {
    validation_type: optional::<crate::FormElementValidationsSetValidationType>(validation_type),
});
crate::serde_helpers::serde_struct!(FormElementValidationsSet {
    validation_type: optional("validationType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormElementValidationsSet {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.validation_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of data validation that you wish to enforce, e.g., a required field, a minimum length, etc.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormElementValidationsSetValidationType {
    /// `REQUIRED`
    Required,
    /// `MIN_LENGTH`
    MinLength,
    /// `MAX_LENGTH`
    MaxLength,
    /// `REGEX`
    Regex,
    /// `DATE`
    Date,
    /// `MAX_DATE`
    MaxDate,
    /// `MIN_DATE`
    MinDate,
    /// `LESS_THAN_DATE`
    LessThanDate,
    /// `PHONE`
    Phone,
    /// `EMAIL`
    Email,
    /// `DATA_SOURCE`
    DataSource,
    /// `TEXTAREA`
    Textarea,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormElementValidationsSetValidationType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "REQUIRED",
            Self::MinLength => "MIN_LENGTH",
            Self::MaxLength => "MAX_LENGTH",
            Self::Regex => "REGEX",
            Self::Date => "DATE",
            Self::MaxDate => "MAX_DATE",
            Self::MinDate => "MIN_DATE",
            Self::LessThanDate => "LESS_THAN_DATE",
            Self::Phone => "PHONE",
            Self::Email => "EMAIL",
            Self::DataSource => "DATA_SOURCE",
            Self::Textarea => "TEXTAREA",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormElementValidationsSetValidationType {
    fn from(value: &str) -> Self {
        match value {
            "REQUIRED" => Self::Required,
            "MIN_LENGTH" => Self::MinLength,
            "MAX_LENGTH" => Self::MaxLength,
            "REGEX" => Self::Regex,
            "DATE" => Self::Date,
            "MAX_DATE" => Self::MaxDate,
            "MIN_DATE" => Self::MinDate,
            "LESS_THAN_DATE" => Self::LessThanDate,
            "PHONE" => Self::Phone,
            "EMAIL" => Self::Email,
            "DATA_SOURCE" => Self::DataSource,
            "TEXTAREA" => Self::Textarea,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormElementValidationsSetValidationType);
