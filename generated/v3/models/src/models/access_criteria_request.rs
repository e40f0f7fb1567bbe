#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessCriteriaRequest {
    /// Business name for the access construct list
    pub name: Option<String>,
    /// List of criteria. There is a min of 1 and max of 50 items in the list.
    pub criteria_list: Option<Vec<crate::AccessCriteriaRequestCriteriaListItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessCriteriaRequest {
    /// Builds a `AccessCriteriaRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessCriteriaRequest {
    name: optional::<String>(name),
    criteria_list: optional::<Vec<crate::AccessCriteriaRequestCriteriaListItem>>(criteria_list),
});
crate::serde_helpers::serde_struct!(AccessCriteriaRequest {
    name: optional("name"),
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessCriteriaRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessCriteriaRequestCriteriaListItem {
    /// Type of the property to which this reference applies to
    pub r#type: Option<crate::AccessCriteriaRequestCriteriaListItemType>,
    /// ID of the object to which this reference applies to
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessCriteriaRequestCriteriaListItem {
    /// Builds a `AccessCriteriaRequestCriteriaListItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessCriteriaRequestCriteriaListItem {
    r#type: optional::<crate::AccessCriteriaRequestCriteriaListItemType>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(AccessCriteriaRequestCriteriaListItem {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessCriteriaRequestCriteriaListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the property to which this reference applies to
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessCriteriaRequestCriteriaListItemType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessCriteriaRequestCriteriaListItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessCriteriaRequestCriteriaListItemType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessCriteriaRequestCriteriaListItemType);
