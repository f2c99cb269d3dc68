# Compliant: automotive, real estate, home & garden, furniture.
DATA = r"""
@ vertical=automotive lang=en
No Haggle, Just Honest Prices | Every used car at Redline Motors is priced to market with a free history report.
Test Drive the New Hybrid SUV | 42 mpg combined, AWD, seats seven. Book a test drive online.
~Seven Seats, 42 MPG | The all-new Orion Hybrid SUV. Schedule a test drive at your local dealer.
Oil Change $39.99 | Synthetic blend, filter and 21-point inspection. No appointment needed.
Winter Tires Installed | Buy 4 winter tires, get free mounting and balancing through December.
Sell Your Car in 30 Minutes | Get an instant online offer and we'll pick it up. Paid on the spot.
Electric Cars, Explained | Range, charging at home, total cost of ownership. Read our free EV buyer's guide.
Certified Pre-Owned Trucks | 150-point inspection, 7-year powertrain warranty, 3-day return policy.
Mobile Car Detailing | Interior shampoo, clay bar and wax at your driveway. Packages from $129.
Collision Repair | Insurance-approved body shop with lifetime warranty on paintwork.
Home EV Charger Install | Level 2 charger installed by licensed electricians. Get a quote in 24 hours.
Motorcycle Safety Course | Two-day beginner course, bikes and helmets provided. Earn your endorsement.
Windshield Chip? Fix It Free | Most insurers cover chip repair at no cost. Mobile service to your home or office.
Lease the Compact Sedan | Lease from $249/month for 36 months with $2,999 due at signing. Terms apply.
Car Wash Membership | Unlimited washes for $19.99 a month. Cancel anytime.
Used Cars Under $15K | Over 600 vehicles in stock at AutoLot Plaza. Browse online, buy at home.
Brake Service Special | Pads and rotors from $199 per axle. Free brake check.
Roof Racks and Cargo Boxes | Fit guide for 2,000 vehicles. Free shipping on orders over $100.
Classic Car Restoration | Frame-off restorations of American muscle cars since 1985.
Trailer Hitch Installed | Class III hitches installed same day. Wiring included.
Kid Car Seat Check | Free car seat safety checks with certified technicians every Saturday.
All-Terrain Tires | Quiet on the highway, tough on gravel. 60,000-mile tread warranty.
Auto Parts, Next-Day | OEM and aftermarket parts for 30 million vehicles. Free store pickup.
Electric Scooter Sale | 25-mile range, 15.5 mph, foldable. $499 this week.
Fleet Vans for Your Business | Cargo vans with upfits ready for trades. Business pricing.
Road Trip Check-Up | Tire rotation, fluids, battery test and wiper blades for $59.
@ vertical=real_estate lang=en
What's Your Home Worth? | Free instant home valuation based on recent sales near you.
~Home Value Estimate | Get a free estimate of your home's value in 60 seconds. No obligation.
New Townhomes From the $400s | Three-bedroom townhomes in Cedar Ridge. Model homes open daily 10-6.
Apartments Near Campus | Studios and 2BRs a 5-minute walk from State University. Furnished options.
Luxury Condos Downtown | Floor-to-ceiling windows, rooftop pool, concierge. Schedule a private tour.
Open House Sunday 1-4 | 412 Willow Lane: 4 bed, 3 bath, renovated kitchen, big backyard.
List With a Top Agent | Sell faster with professional photos, 3D tours and a local agent who knows your street.
Senior Living Community | Independent and assisted living with chef-prepared meals. Book a lunch visit.
Office Space for Startups | Flexible leases from 3 months. Move-in-ready suites with meeting rooms.
Vacation Home Management | We handle bookings, cleaning and guests so your cabin earns while you're away.
First Month Free | Sign a 13-month lease at The Arbor Apartments by June 30. Pet-friendly.
Land for Sale in Montana | 20-acre parcels with mountain views and road access.
Property Management | Tenant screening, rent collection and maintenance for landlords.
Home Inspection Within 48 Hours | Licensed inspectors, detailed report with photos. Book online.
Moving? Get 3 Quotes | Compare licensed movers in your area in minutes.
Rent to Students? | List your property on CampusNest and reach 50,000 students.
Storage Units, First Month $1 | Climate-controlled units in 5 sizes. Drive-up access.
@ vertical=home_garden lang=en
Spring Planting Sale | Perennials 3 for $20 at Greenway Nursery. Free compost bag with $50 purchase.
Kitchen Remodel Consultation | Free in-home design visit. Cabinets, counters and installation.
Solar Panels, $0 Down Options | See how much your roof could save. Free satellite assessment.
Mattress With 100-Night Trial | Hybrid memory foam mattress. Sleep on it, love it or return it free.
Raised Garden Bed Kits | Cedar beds in 4 sizes, no tools required. Grow your own vegetables.
Window Replacement | Energy-efficient double-pane windows. Free estimate, 20-year warranty.
Paint Sale: $10 Off a Gallon | Interior and exterior paint at Brushworks this weekend only.
Smart Irrigation Controller | Waters based on local weather and cuts water use by up to 50%.
Sofa in a Box | Modular sofa delivered in boxes, assembled in 10 minutes. Stain-resistant fabric.
Lawn Care Plans | Fertilization, weed control and aeration. First application half off.
Roof Repair and Replacement | Storm-damage inspections, insurance claim help, 25-year warranty.
Handmade Quilts | Cotton quilts hand-stitched in Lancaster County. Queen size $260.
Pest Control, Pet-Safe | Quarterly treatments for ants, spiders and rodents. Satisfaction guaranteed.
HVAC Tune-Up $79 | Beat the summer heat. Furnace and AC check with 18-point inspection.
Outdoor Furniture Clearance | Teak sets and weatherproof cushions 40% off.
Closet Organization | Custom closet systems designed in a free consultation.
Houseplants Delivered | Healthy plants in ceramic pots delivered to your door. Care guide included.
Gutter Guards | Never clean your gutters again. Free inspection and quote.
Cordless Leaf Blower | 40V battery, 500 CFM, quiet enough for early mornings.
Bathroom Makeover in 2 Days | Walk-in showers and tub-to-shower conversions. Free design visit.
Wood Stoves and Fireplaces | EPA-certified stoves installed by certified technicians.
Seed Catalog, Free | Request our 2025 heirloom seed catalog. 800 varieties of vegetables and flowers.
Area Rugs Up to 60% Off | Wool, jute and washable rugs in every size.
Chicken Coops | Predator-proof backyard coops for 4 to 12 hens. Ships assembled.
Pressure Washing | Driveways, decks and siding cleaned. Book online, pay after.
Water Heater Replacement | Same-day tankless and tank installs. Licensed plumbers.
Composting Made Easy | Countertop composter turns scraps into soil in 24 hours.
Blinds and Shades | Custom-sized cordless blinds shipped in 7 days. Free samples.
@ vertical=furniture lang=en
Solid Wood Dining Tables | Made to order in oak or walnut. Ships in 6 weeks.
Ergonomic Office Chair | Adjustable lumbar, 4D arms, 12-year warranty. Try it 30 days.
Standing Desk, $299 | Dual motor, memory presets, bamboo top. Free shipping.
Bunk Beds for Kids | Solid pine, twin over full, with guardrails that meet safety standards.
Furniture Rental for Apartments | Furnish a one-bedroom from $99/month. Swap or buy anytime.
Mid-Century Sideboard | Walnut veneer, sliding doors, brass hardware. In stock now.
Recliner Sale | Power recliners with USB charging from $599. Free delivery this month.
Bookshelves That Fit | Modular shelving you can configure online to fit any wall.
"""
