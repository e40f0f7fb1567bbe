#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// This can be either a single character or a regex expression, and is used by the transform to identify the break point between two substrings in the incoming data
    pub delimiter: String,
    /// An integer value for the desired array element after the incoming data has been split into a list; the array is a 0-based object, so the first array element would be index 0, the second element would be index 1, etc.
    pub index: String,
    /// A boolean (true/false) value which indicates whether an exception should be thrown and returned as an output when an index is out of bounds with the resultant array (i.e., the provided index value is larger than the size of the array)
    ///
    /// `true` - The transform should return "IndexOutOfBoundsException"
    ///
    /// `false` - The transform should return null
    ///
    /// If not provided, the transform will default to false and return a null
    pub throws: Option<bool>,
    /// A value that indicates whether the transform logic should be re-evaluated every evening as part of the identity refresh process
    pub requires_periodic_refresh: Option<bool>,
    /// This is an optional attribute that can explicitly define the input data which will be fed into the transform logic. If input is not provided, the transform will take its input from the source and attribute combination configured via the UI.
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Split {
    /// Builds a `Split` from its required fields; the others are unset.
    pub fn new(delimiter: impl Into<String>, index: impl Into<String>) -> Self {
        Self {
            delimiter: delimiter.into(),
            index: index.into(),
            throws: None,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Split {
    throws: optional::<bool>(throws),
    requires_periodic_refresh: optional::<bool>(requires_periodic_refresh),
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(Split {
    delimiter: required("delimiter"),
    index: required("index"),
    throws: optional("throws"),
    requires_periodic_refresh: optional("requiresPeriodicRefresh"),
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Split {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
