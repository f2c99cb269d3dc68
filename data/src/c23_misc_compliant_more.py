# Compliant: mixed verticals with varied formats (questions, testimonials,
# lists, CTA-heavy banners, plain statements).
DATA = r"""
@ vertical=insurance lang=en
Is Your Teen Driver Covered? | Add a new driver to your policy in minutes. Good student discounts available.
Bundle Home and Auto | Save up to 25% when you combine policies.
Critical Illness Insurance | Lump-sum payment if you're diagnosed with a covered illness.
Rental Car Coverage | Skip the counter upsell. Add rental coverage for $3/day.
Event Liability Insurance | One-day coverage for weddings and parties from $75.
Freelancer Insurance | Professional liability for designers and developers.
Gadget Insurance | Laptops, tablets and cameras covered against accidents.
Travel Insurance for Seniors | Coverage up to age 99 with pre-existing condition options.
"Switching Took 10 Minutes" | Real customers on how they saved on car insurance. Get a quote.
Life Insurance Explained | Term vs. whole life in plain English. Free guide.
@ vertical=legal_services lang=en
Personal Injury Lawyers | No fee unless we win. Free consultation.
Tenant Rights Clinic | Free legal advice for renters every Wednesday at the library.
Business Formation | Form your LLC in 10 minutes. State fees included.
Bankruptcy Attorney | Chapter 7 and 13 consultations. Payment plans.
Patent Attorney | Prior art searches and patent applications for inventors.
Employment Lawyer | Wrongful termination and wage claims. Free case review.
DUI Defense Attorney | Former prosecutors defending your rights. 24/7 consultations.
Child Custody Lawyer | Protect your relationship with your kids. Free consultation.
@ vertical=telecom lang=en
Senior Phone Plan | Unlimited talk and text for $20/month. Big-button phones available.
Prepaid Plans From $15 | No contract, no credit check, keep your number.
Home Phone Service | Landline service with unlimited nationwide calling.
5G Hotspot | Take Wi-Fi anywhere. 50GB plan for $30.
Kids' First Phone Plan | Parental controls and 5GB data for $15.
Business Fiber | Symmetrical speeds and static IPs for offices.
Wi-Fi Calling Included | Call from anywhere with a Wi-Fi connection.
Number Porting Made Easy | Bring your number in minutes, we handle the rest.
@ vertical=events lang=en
Family Oktoberfest Picnic | Pretzels, sausages and polka for the whole family. Free entry.
Hot Air Balloon Festival | 60 balloons, night glow and fireworks. Saturday and Sunday.
Renaissance Faire | Jousting, artisans and turkey legs. Weekends through October.
Kite Festival | Giant kites, kids' workshops and food trucks on the beach.
Chili Cook-Off | Taste 30 chilis and vote for your favorite. $10 tasting kit.
Lantern Festival | Thousands of lanterns over the lake. Tickets include your lantern.
Home Build Expo | DIY expo with workshops on tiling, painting and decks.
Drone Racing League | Watch pilots race at 90 mph. Family tickets available.
Robotics Competition | High school teams compete in the state championship. Free admission.
Pumpkin Patch | Hayrides, corn maze and pick-your-own pumpkins.
Strawberry Picking | Pick your own strawberries, $4 per pound.
Tech Meetup: Rust in Production | Talks and pizza Thursday at the Hub. Free registration.
Job Fair for Healthcare | Meet 30 hospitals and clinics hiring now.
Poetry Slam | Sign up to perform or come to listen. Friday 8pm.
Vintage Market | 100 vendors selling vintage clothing, records and furniture.
Sandcastle Competition | Teams build and judges decide. Prizes for kids and adults.
@ vertical=entertainment lang=en
Stand-Up Special Streaming Now | The new hour from comedian Rae Dunmore. Only on Flixwave.
Circus Without Animals | Acrobats, clowns and aerialists. Two shows daily.
Ice Skating Show | Family favorite characters on ice. Tickets from $25.
Aquarium Sleepover | Kids sleep next to the shark tank. Ages 6-12.
Science Museum Night for Adults | Hands-on exhibits, live demos and music. 18+ with ID.
Symphony for Kids | Interactive concerts introducing the orchestra to children.
Bowling League Sign-Ups | Fall leagues for all skill levels.
Mini Golf | 36 holes of glow-in-the-dark mini golf.
Go-Kart Track | Indoor electric go-karts for ages 8+.
Trampoline Park Toddler Time | Reserved jump time for kids under 5.
Theater Camp | Kids put on a musical in two weeks.
Documentary Premiere | Free screening and Q&A with the filmmakers.
@ vertical=gaming lang=en
Speedrun Tournament | Fastest time wins a trophy. Online qualifier open to all.
Dungeon Crawler on Sale | 60% off this weekend on PC and consoles.
Family-Friendly Racing Game | Split-screen racing for up to 4 players.
Cozy Mystery Game | Solve small-town mysteries with your cat detective.
Retro Arcade Collection | 40 classic games remastered. Out now.
Rhythm Game | Tap to the beat of 100 songs. Free to play.
City Builder | Design the city of your dreams. Demo available.
Trivia App Live Shows | Play live trivia twice a day with friends.
Space Exploration Sim | Build rockets and explore a realistic solar system.
Co-Op Cooking Game | Chaos in the kitchen with up to 4 friends.
@ vertical=retail_fashion lang=en
Resale Program: Trade In Your Old Boots | Get store credit for worn boots; we refurbish and resell.
Linen Shorts for Men | 7" inseam, drawstring waist, 8 colors.
Swim Trunks With Liners | Quick-dry trunks with mesh liners. Sizes S-XXL.
Raincoats for Kids | Bright, reflective and fully waterproof.
Cardigans for Every Season | Cotton, merino and cashmere cardigans.
Dress Code: Business Casual | Blazers and trousers that work for hybrid offices.
Knit Beanies | Handmade wool beanies from a family mill.
Gloves for Touchscreens | Warm knit gloves with touchscreen fingertips.
Sports Bras in Cup Sizes | High support up to H cup.
Wedding Guest Dresses | Midi and maxi styles, 100 prints.
@ vertical=jewelry lang=en
Custom Birthstone Bracelet | Add a stone for each family member.
Men's Chain Necklaces | Stainless steel chains that never tarnish.
Charm Bracelets | Sterling silver charms for every milestone.
Hoop Earrings | Solid gold hoops in 3 sizes.
Ring Sizer Free | Order a free ring sizer before you buy.
Vintage Engagement Rings | Art deco rings restored by our jewelers.
@ vertical=home_garden lang=en
Kitchen Cabinet Refacing | New doors and drawer fronts in 3 days.
Custom Shutters | Plantation shutters made to measure.
Rain Barrels | Collect rainwater for your garden. 55 gallons.
Heated Bird Bath | Keep water open for birds all winter.
Shed Kits | Wooden garden sheds delivered with instructions.
Firewood Delivery | Seasoned hardwood, full cord delivered and stacked.
Outdoor Pizza Oven | Wood-fired pizza in 90 seconds. $349.
Patio Heaters | Propane heaters for cozy evenings outdoors.
Hammocks | Cotton rope hammocks with stands.
Soil Testing Kit | Know your pH and nutrients before planting.
"""
