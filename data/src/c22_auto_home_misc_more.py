# Compliant: automotive, home services, real estate, insurance, pets, kids,
# outdoor, misc. with emojis and caps occasionally.
DATA = r"""
@ vertical=automotive lang=en
All-Wheel Drive, All Winter | The 2025 Terrain SUV with AWD and heated seats. Visit your dealer.
EV Road Trip Planner | Plan routes with charging stops. Free app for every EV.
Hybrid Sedan, 50 MPG | Save at the pump without giving up space. Test drive today.
Pickup Trucks in Stock | Crew cab, 4x4 and towing packages ready to drive home.
Minivan for Big Families | Seats eight with room for strollers. Sliding doors, stow-away seats.
Certified Used EVs | Battery health report included with every car.
Tire Rotation Free | With any oil change at QuickLube through May.
Rust Protection | Undercoating that protects against road salt.
Headlight Restoration | Cloudy headlights cleared in 30 minutes. $49.
Car Subscription | Drive a new car monthly with insurance and maintenance included.
Motorcycle Gear Sale | Helmets, jackets and gloves 30% off.
RV Service Center | Repairs, winterizing and inspections for all RV types.
Classic Car Auction | 200 collector cars cross the block this weekend.
Truck Bed Covers | Hard folding tonneau covers for all major trucks.
Teen Driver Safety Program | Free classroom session for new drivers and parents.
🚙 Spring Service Special | Alignment check and cabin filter replacement for $79.
Parking Near the Stadium | Reserve a spot online and skip the game-day traffic.
Electric Bike Test Rides | Try 10 e-bikes in our parking lot Saturday.
Auto Detailing Gift Cards | The perfect gift for car lovers.
Roadside Assistance Plan | Towing, lockouts and flat tires covered for $6/month.
@ vertical=home_garden lang=en
Basement Waterproofing | Keep your basement dry with a lifetime warranty.
Deck Staining | Protect your deck before summer. Free estimate.
Fence Installation | Wood, vinyl and aluminum fences installed in a week.
Tile Installation | Kitchen backsplashes and bathroom floors by experienced tilers.
Garage Floor Coating | Epoxy floors that resist stains and cracks.
Home Organization | Pantry and closet makeovers by certified organizers.
Holiday Lighting Installation | We hang your lights, take them down and store them.
Septic Tank Pumping | Routine pumping every 3 years keeps things flowing.
Insulation Upgrade | Blown-in attic insulation that cuts energy bills.
Drywall Repair | Holes and cracks patched and painted to match.
Sump Pump Installation | Backup battery pumps for peace of mind.
Mulch Delivery | Hardwood mulch by the yard, delivered same week.
Smart Home Setup | We install and configure cameras, locks and thermostats.
Window Tinting for Homes | Reduce glare and heat without blocking the view.
Countertops in 10 Days | Quartz and granite countertops measured and installed.
🌷 Tulip Bulbs Pre-Order | Plant in fall, bloom in spring. 50 bulbs for $29.
Vegetable Seedlings | Tomatoes, peppers and herbs ready to plant.
Composting Workshop | Learn to compost at home. Free bin for attendees.
Patio Umbrellas | Tilting 9 ft umbrellas in 8 colors.
Bird Baths and Feeders | Bring more birds to your garden.
@ vertical=real_estate lang=en
Condos for First-Time Buyers | One-bedroom condos from $259K near the light rail.
Commercial Space for Lease | Ground-floor retail on busy Main Street. 1,200 sq ft.
55+ Active Adult Community | Clubhouse, pickleball courts and walking trails.
Farmhouse on 10 Acres | Barn, pond and updated kitchen. Private showings.
Student Housing 2025-26 | Private bedrooms, shared kitchens, all utilities included.
Co-Living Spaces | Furnished rooms with shared lounges in the city center.
Waterfront Lots | Build your dream home on the lake. Lots from $120K.
Realtor With 20 Years Experience | Buying or selling, call Diane at Hometown Realty.
Rent-Ready Duplex | Both units leased, great for new investors. Listing price $489K.
!Affordable Housing Lottery | Apply for income-restricted apartments by June 1.
@ vertical=pets lang=en
Kitten Season Adoption Event | All kittens $25 this weekend. Spayed and vaccinated.
Dog Food for Sensitive Stomachs | Limited-ingredient recipes vets recommend.
Pet Microchipping Clinic | $20 microchips every Saturday in June.
Bird Cages and Toys | Cages for parakeets to parrots.
Cat Scratching Posts | Sisal posts cats actually use.
Fish Tank Cleaning Service | Monthly aquarium maintenance for homes and offices.
Dog Agility Classes | Fun, fast and great exercise for active dogs.
Senior Dog Supplements | Joint support chews for older dogs. Talk to your vet.
Pet Memorial Stones | Engraved garden stones for beloved pets.
Horse Boarding | Full care boarding with daily turnout.
@ vertical=sports_outdoors lang=en
Fly Fishing Lessons | Learn to cast on the river with a certified guide.
Rock Climbing Trip | Guided multi-pitch climbs for beginners.
Bike Commuting Gear | Panniers, lights and fenders for year-round riding.
Snowboard Lessons | First-timer package with rental and lift ticket.
Golf Course Tee Times | Book online, twilight rates after 3pm.
Horseback Trail Rides | One-hour rides through the canyon. Ages 8+.
Kayak Fishing Gear | Rod holders, anchors and dry bags.
Camping Chairs | Lightweight chairs that pack down to 2 lbs.
Trail Maps App | Offline trail maps for 300,000 trails.
Ski Tuning | Edges and wax for $40. Same-day service.
Running Belt | Bounce-free belt for phone and keys.
Soccer Goals for Backyards | Pop-up goals for kids.
Hiking Socks | Merino hiking socks with lifetime guarantee.
Cycling Jerseys | Breathable jerseys with 3 back pockets.
Youth Basketball League | Registration open for ages 7-14.
"""
