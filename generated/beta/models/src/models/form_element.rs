#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormElement {
    /// Form element identifier.
    pub id: Option<String>,
    /// FormElementType value.
    /// TEXT FormElementTypeText
    /// TOGGLE FormElementTypeToggle
    /// TEXTAREA FormElementTypeTextArea
    /// HIDDEN FormElementTypeHidden
    /// PHONE FormElementTypePhone
    /// EMAIL FormElementTypeEmail
    /// SELECT FormElementTypeSelect
    /// DATE FormElementTypeDate
    /// SECTION FormElementTypeSection
    /// COLUMN_SET FormElementTypeColumns
    /// IMAGE FormElementTypeImage
    /// DESCRIPTION FormElementTypeDescription
    pub element_type: Option<crate::FormElementElementType>,
    /// Config object.
    pub config: Option<::serde_json::Value>,
    /// Technical key.
    pub key: Option<String>,
    pub validations: Option<Option<Vec<crate::FormElementValidationsSet>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormElement {
    /// Builds a `FormElement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormElement {
    id: optional::<String>(id),
    element_type: optional::<crate::FormElementElementType>(element_type),
    config: optional::<::serde_json::Value>(config),
    key: optional::<String>(key),
    validations: nullable::<Vec<crate::FormElementValidationsSet>>(validations, validations_null),
});
crate::serde_helpers::serde_struct!(FormElement {
    id: optional("id"),
    element_type: optional("elementType"),
    config: nullable("config"),
    key: optional("key"),
    validations: nullable("validations"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormElement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.element_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.validations, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// FormElementType value.
/// TEXT FormElementTypeText
/// TOGGLE FormElementTypeToggle
/// TEXTAREA FormElementTypeTextArea
/// HIDDEN FormElementTypeHidden
/// PHONE FormElementTypePhone
/// EMAIL FormElementTypeEmail
/// SELECT FormElementTypeSelect
/// DATE FormElementTypeDate
/// SECTION FormElementTypeSection
/// COLUMN_SET FormElementTypeColumns
/// IMAGE FormElementTypeImage
/// DESCRIPTION FormElementTypeDescription
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormElementElementType {
    /// `TEXT`
    Text,
    /// `TOGGLE`
    Toggle,
    /// `TEXTAREA`
    Textarea,
    /// `HIDDEN`
    Hidden,
    /// `PHONE`
    Phone,
    /// `EMAIL`
    Email,
    /// `SELECT`
    Select,
    /// `DATE`
    Date,
    /// `SECTION`
    Section,
    /// `COLUMN_SET`
    ColumnSet,
    /// `IMAGE`
    Image,
    /// `DESCRIPTION`
    Description,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormElementElementType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Toggle => "TOGGLE",
            Self::Textarea => "TEXTAREA",
            Self::Hidden => "HIDDEN",
            Self::Phone => "PHONE",
            Self::Email => "EMAIL",
            Self::Select => "SELECT",
            Self::Date => "DATE",
            Self::Section => "SECTION",
            Self::ColumnSet => "COLUMN_SET",
            Self::Image => "IMAGE",
            Self::Description => "DESCRIPTION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormElementElementType {
    fn from(value: &str) -> Self {
        match value {
            "TEXT" => Self::Text,
            "TOGGLE" => Self::Toggle,
            "TEXTAREA" => Self::Textarea,
            "HIDDEN" => Self::Hidden,
            "PHONE" => Self::Phone,
            "EMAIL" => Self::Email,
            "SELECT" => Self::Select,
            "DATE" => Self::Date,
            "SECTION" => Self::Section,
            "COLUMN_SET" => Self::ColumnSet,
            "IMAGE" => Self::Image,
            "DESCRIPTION" => Self::Description,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormElementElementType);
