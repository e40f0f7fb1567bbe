/// Campaign Filter Details
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignFilterDetails {
    /// The unique ID of the campaign filter
    pub id: String,
    /// Campaign filter name.
    pub name: String,
    /// Campaign filter description.
    pub description: Option<String>,
    /// Owner of the filter. This field automatically populates at creation time with the current user.
    pub owner: Option<String>,
    /// Mode/type of filter, either the INCLUSION or EXCLUSION type. The INCLUSION type includes the data in generated campaigns  as per specified in the criteria, whereas the EXCLUSION type excludes the data in generated campaigns as per specified in criteria.
    pub mode: crate::CampaignFilterDetailsMode,
    /// List of criteria.
    pub criteria_list: Option<Vec<crate::CampaignFilterDetailsCriteriaListItem>>,
    /// If true, the filter is created by the system. If false, the filter is created by a user.
    pub is_system_filter: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignFilterDetails {
    /// Builds a `CampaignFilterDetails` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        owner: impl Into<Option<String>>,
        mode: impl Into<crate::CampaignFilterDetailsMode>,
        is_system_filter: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            owner: owner.into(),
            mode: mode.into(),
            criteria_list: None,
            is_system_filter: is_system_filter.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignFilterDetails {
    description: optional::<String>(description),
    criteria_list: optional::<Vec<crate::CampaignFilterDetailsCriteriaListItem>>(criteria_list),
});
crate::serde_helpers::serde_struct!(CampaignFilterDetails {
    id: required("id"),
    name: required("name"),
    description: optional("description"),
    owner: required("owner"),
    mode: required("mode"),
    criteria_list: optional("criteriaList"),
    is_system_filter: required("isSystemFilter"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignFilterDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.mode, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.criteria_list, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignFilterDetailsCriteriaListItem {
    pub r#type: crate::CriteriaType,
    pub operation: Option<Option<crate::Operation>>,
    /// Specified key from the type of criteria.
    pub property: Option<String>,
    /// Value for the specified key from the type of criteria.
    pub value: Option<String>,
    /// If true, the filter will negate the result of the criteria.
    pub negate_result: Option<bool>,
    /// If true, the filter will short circuit the evaluation of the criteria.
    pub short_circuit: Option<bool>,
    /// If true, the filter will record child matches for the criteria.
    pub record_child_matches: Option<bool>,
    /// The unique ID of the criteria.
    pub id: Option<Option<String>>,
    /// If this value is true, then matched items will not only be excluded from the campaign, they will also not have archived certification items created.
    /// Such items will not appear in the exclusion report.
    pub suppress_matched_items: Option<bool>,
    /// List of child criteria.
    pub children: Option<Vec<::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignFilterDetailsCriteriaListItem {
    /// Builds a `CampaignFilterDetailsCriteriaListItem` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::CriteriaType>,
        property: impl Into<Option<String>>,
        value: impl Into<Option<String>>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            operation: None,
            property: property.into(),
            value: value.into(),
            negate_result: None,
            short_circuit: None,
            record_child_matches: None,
            id: None,
            suppress_matched_items: None,
            children: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignFilterDetailsCriteriaListItem {
    operation: nullable::<crate::Operation>(operation, operation_null),
    negate_result: optional::<bool>(negate_result),
    short_circuit: optional::<bool>(short_circuit),
    record_child_matches: optional::<bool>(record_child_matches),
    id: nullable::<String>(id, id_null),
    suppress_matched_items: optional::<bool>(suppress_matched_items),
    children: optional::<Vec<::serde_json::Value>>(children),
});
crate::serde_helpers::serde_struct!(CampaignFilterDetailsCriteriaListItem {
    r#type: required("type"),
    operation: nullable("operation"),
    property: required("property"),
    value: required("value"),
    negate_result: optional("negateResult"),
    short_circuit: optional("shortCircuit"),
    record_child_matches: optional("recordChildMatches"),
    id: nullable("id"),
    suppress_matched_items: optional("suppressMatchedItems"),
    children: optional("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignFilterDetailsCriteriaListItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Mode/type of filter, either the INCLUSION or EXCLUSION type. The INCLUSION type includes the data in generated campaigns  as per specified in the criteria, whereas the EXCLUSION type excludes the data in generated campaigns as per specified in criteria.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignFilterDetailsMode {
    /// `INCLUSION`
    Inclusion,
    /// `EXCLUSION`
    Exclusion,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignFilterDetailsMode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inclusion => "INCLUSION",
            Self::Exclusion => "EXCLUSION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignFilterDetailsMode {
    fn from(value: &str) -> Self {
        match value {
            "INCLUSION" => Self::Inclusion,
            "EXCLUSION" => Self::Exclusion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignFilterDetailsMode);
