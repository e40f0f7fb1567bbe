/// The Type of Cluster:
/// * `idn` - IDN VA type
/// * `iai` - IAI harvester VA
/// * `spConnectCluster` - Saas 2.0 connector cluster (this should be one per org)
/// * `sqsCluster` - This should be unused
/// * `das-rc` - Data Access Security Resources Collector
/// * `das-pc` - Data Access Security Permissions Collector
/// * `das-dc` - Data Access Security Data Classification Collector
/// * `pag` - Privilege Action Gateway VA
/// * `das-am` - Data Access Security Activity Monitor
/// * `standard` - Standard Cluster type for running multiple products
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClusterTypes {
    /// `idn`
    Idn,
    /// `iai`
    Iai,
    /// `spConnectCluster`
    SpConnectCluster,
    /// `sqsCluster`
    SqsCluster,
    /// `das-rc`
    DasRc,
    /// `das-pc`
    DasPc,
    /// `das-dc`
    DasDc,
    /// `pag`
    Pag,
    /// `das-am`
    DasAm,
    /// `standard`
    Standard,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClusterTypes {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Idn => "idn",
            Self::Iai => "iai",
            Self::SpConnectCluster => "spConnectCluster",
            Self::SqsCluster => "sqsCluster",
            Self::DasRc => "das-rc",
            Self::DasPc => "das-pc",
            Self::DasDc => "das-dc",
            Self::Pag => "pag",
            Self::DasAm => "das-am",
            Self::Standard => "standard",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ManagedClusterTypes {
    fn from(value: &str) -> Self {
        match value {
            "idn" => Self::Idn,
            "iai" => Self::Iai,
            "spConnectCluster" => Self::SpConnectCluster,
            "sqsCluster" => Self::SqsCluster,
            "das-rc" => Self::DasRc,
            "das-pc" => Self::DasPc,
            "das-dc" => Self::DasDc,
            "pag" => Self::Pag,
            "das-am" => Self::DasAm,
            "standard" => Self::Standard,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ManagedClusterTypes {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ManagedClusterTypes {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ManagedClusterTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ManagedClusterTypes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ManagedClusterTypes {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterTypes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
