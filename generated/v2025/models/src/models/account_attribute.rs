#[derive(Debug, Clone, PartialEq)]
pub struct AccountAttribute {
    /// A reference to the source to search for the account
    pub source_name: String,
    /// The name of the attribute on the account to return. This should match the name of the account attribute name visible in the user interface, or on the source schema.
    pub attribute_name: String,
    /// The value of this configuration is a string name of the attribute to use when determining the ordering of returned accounts when there are multiple entries
    pub account_sort_attribute: Option<String>,
    /// The value of this configuration is a boolean (true/false). Controls the order of the sort when there are multiple accounts. If not defined, the transform will default to false (ascending order)
    pub account_sort_descending: Option<bool>,
    /// The value of this configuration is a boolean (true/false). Controls which account to source a value from for an attribute.  If this flag is set to true, the transform returns the value from the first account in the list, even if it is null. If it is set to false, the transform returns the first non-null value. If not defined, the transform will default to false
    pub account_return_first_link: Option<bool>,
    /// This expression queries the database to narrow search results. The value of this configuration is a sailpoint.object.Filter expression and used when searching against the database.  The default filter will always include the source and identity, and any subsequent expressions will be combined in an AND operation to the existing search criteria.
    /// Only certain searchable attributes are available:  - `nativeIdentity` - the Account ID  - `displayName` - the Account Name  - `entitlements` - a boolean value to determine if the account has entitlements
    pub account_filter: Option<String>,
    /// This expression is used to search and filter accounts in memory. The value of this configuration is a sailpoint.object.Filter expression and used when searching against the returned resultset.
    ///
    /// All account attributes are available for filtering as this operation is performed in memory.
    pub account_property_filter: Option<String>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountAttribute {
    /// Builds a `AccountAttribute` from its required fields; the others are unset.
    pub fn new(
        source_name: impl Into<String>,
        attribute_name: impl Into<String>,
    ) -> Self {
        Self {
            source_name: source_name.into(),
            attribute_name: attribute_name.into(),
            account_sort_attribute: None,
            account_sort_descending: None,
            account_return_first_link: None,
            account_filter: None,
            account_property_filter: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccountAttribute {
    account_sort_attribute: optional::<String>(account_sort_attribute),
    account_sort_descending: optional::<bool>(account_sort_descending),
    account_return_first_link: optional::<bool>(account_return_first_link),
    account_filter: optional::<String>(account_filter),
    account_property_filter: optional::<String>(account_property_filter),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(AccountAttribute {
    source_name: required("sourceName"),
    attribute_name: required("attributeName"),
    account_sort_attribute: optional("accountSortAttribute"),
    account_sort_descending: optional("accountSortDescending"),
    account_return_first_link: optional("accountReturnFirstLink"),
    account_filter: optional("accountFilter"),
    account_property_filter: optional("accountPropertyFilter"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountAttribute {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
