#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessCriteria {
    /// Business name for the access construct list
    pub name: Option<String>,
    /// List of criteria. There is a min of 1 and max of 50 items in the list.
    pub criteria_list: Option<Vec<crate::AccessCriteriaCriteriaListItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessCriteria {
    /// Builds a `AccessCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessCriteria {
    name: optional::<String>(name),
    criteria_list: optional::<Vec<crate::AccessCriteriaCriteriaListItem>>(criteria_list),
});
crate::serde_helpers::serde_struct!(AccessCriteria {
    name: optional("name"),
    criteria_list: optional("criteriaList"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessCriteriaCriteriaListItem {
    /// Type of the property to which this reference applies to
    pub r#type: Option<crate::AccessCriteriaCriteriaListItemType>,
    /// ID of the object to which this reference applies to
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies to
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessCriteriaCriteriaListItem {
    /// Builds a `AccessCriteriaCriteriaListItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessCriteriaCriteriaListItem {
    r#type: optional::<crate::AccessCriteriaCriteriaListItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessCriteriaCriteriaListItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessCriteriaCriteriaListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the property to which this reference applies to
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessCriteriaCriteriaListItemType {
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessCriteriaCriteriaListItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessCriteriaCriteriaListItemType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessCriteriaCriteriaListItemType);
