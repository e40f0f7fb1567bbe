/// DAS data for the entitlement
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataAccess {
    /// List of classification policies that apply to resources the entitlement \ groups has access to
    pub policies: Option<Vec<crate::DataAccessPoliciesItem>>,
    /// List of classification categories that apply to resources the entitlement \ groups has access to
    pub categories: Option<Vec<crate::DataAccessCategoriesItem>>,
    pub impact_score: Option<crate::DataAccessImpactScore>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DataAccess {
    /// Builds a `DataAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DataAccess {
    policies: optional::<Vec<crate::DataAccessPoliciesItem>>(policies),
    categories: optional::<Vec<crate::DataAccessCategoriesItem>>(categories),
    impact_score: optional::<crate::DataAccessImpactScore>(impact_score),
});
crate::serde_helpers::serde_struct!(DataAccess {
    policies: optional("policies"),
    categories: optional("categories"),
    impact_score: optional("impactScore"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DataAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.policies, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.categories, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.impact_score, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataAccessCategoriesItem {
    /// Value of the category
    pub value: Option<String>,
    /// Number of matched for each category
    pub match_count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DataAccessCategoriesItem {
    /// Builds a `DataAccessCategoriesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DataAccessCategoriesItem {
    value: optional::<String>(value),
    match_count: optional::<i64>(match_count),
});
crate::serde_helpers::serde_struct!(DataAccessCategoriesItem {
    value: optional("value"),
    match_count: optional("matchCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DataAccessCategoriesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataAccessImpactScore {
    /// Impact Score for this data
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DataAccessImpactScore {
    /// Builds a `DataAccessImpactScore` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DataAccessImpactScore {
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(DataAccessImpactScore {
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DataAccessImpactScore {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataAccessPoliciesItem {
    /// Value of the policy
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DataAccessPoliciesItem {
    /// Builds a `DataAccessPoliciesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DataAccessPoliciesItem {
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(DataAccessPoliciesItem {
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DataAccessPoliciesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
